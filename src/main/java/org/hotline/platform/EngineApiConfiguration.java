package org.hotline.platform;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API, which Spring Boot configures, and the webapps' APIs (engine, Cockpit, Tasklist, Admin,
 * Welcome), which Camunda registers itself: {@link EngineProblems}' mappers in every one of these
 * Jersey applications (the webapps' take the servlet context's attributes as their properties,
 * among them {@code jersey.config.server.provider.classnames}).
 */
@Configuration(proxyBeanMethods = false)
class EngineApiConfiguration {

    private static final String PROVIDER_CLASSNAMES = "jersey.config.server.provider.classnames";

    @Bean
    ResourceConfigCustomizer engineRestProviders() {
        return config -> providers().forEach(config::register);
    }

    @Bean
    ServletContextInitializer webappApiProviders() {
        return context -> context.setAttribute(PROVIDER_CLASSNAMES,
                providers().stream().map(Class::getName).collect(Collectors.joining(",")));
    }

    private static List<Class<?>> providers() {
        return EngineProblems.MAPPERS;
    }
}
