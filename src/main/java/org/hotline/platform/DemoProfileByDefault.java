package org.hotline.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Turns the {@code demo} profile on when the application runs on its embedded database and no profile was chosen,
 * and never when an external database is configured: demo users with known passwords must not reach a real
 * database by accident.
 */
public class DemoProfileByDefault implements EnvironmentPostProcessor, Ordered {

    static final String DEMO = "demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.isBlank() && environment.getActiveProfiles().length == 0) {
            environment.setDefaultProfiles(DEMO);
        } else {
            environment.setDefaultProfiles();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
