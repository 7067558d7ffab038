package org.hotline.platform;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * Checks the embedded database's directories, password file and port before the application context starts: what
 * is wrong is then the first thing the operator reads (through {@link StartupRefusedAnalyzer}), not the end of a
 * chain of beans that could not be created.
 */
class EmbeddedDatabaseCheck implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Environment environment = context.getEnvironment();
        if (environment.getProperty("spring.datasource.url", "").isEmpty()) {
            EmbeddedDatabase.check(environment.getProperty("hotline.embedded-database.data-directory", ""),
                    environment.getProperty("hotline.embedded-database.port", Integer.class, 0));
        }
    }
}
