package org.hotline.platform;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.filter.EmptyBodyFilter;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API, which Spring Boot configures, and the webapps' APIs (engine, Cockpit, Tasklist, Admin,
 * Welcome), which Camunda registers itself: {@link EngineProblems}' mappers and the strict check of JSON bodies in
 * every one of these Jersey applications (the webapps' take the servlet context's attributes as their properties,
 * among them {@code jersey.config.server.provider.classnames}), and Camunda's empty-body filter for the webapps' APIs.
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

    /**
     * An empty JSON body reads as {@code {}}, as in the engine's REST API. Camunda's REST and webapp set-ups register
     * this filter under the same name, so only the first (the REST API's) is registered; without it a query with an
     * empty body reaches Cockpit's and the engine's resources as nothing and fails there.
     */
    @Bean
    FilterRegistrationBean<EmptyBodyFilter> webappEmptyBody() {
        FilterRegistrationBean<EmptyBodyFilter> registration = new FilterRegistrationBean<>(new EmptyBodyFilter());
        registration.setName("webappEmptyBodyFilter");
        registration.addUrlPatterns("/camunda/api/*");
        return registration;
    }

    private static List<Class<?>> providers() {
        List<Class<?>> providers = new ArrayList<>(EngineProblems.MAPPERS);
        providers.add(StrictJsonBodies.class);
        return providers;
    }

    /**
     * A JSON body of the engine's APIs is checked before Camunda reads it: a key given twice is refused instead of one
     * value silently winning, and so is anything after the JSON value. Checked here, on the bytes, because which of
     * the several JSON readers of a Camunda application reads a body, with which settings, is not ours to choose. (A
     * fraction for a whole-number variable the engine refuses itself.)
     */
    public static final class StrictJsonBodies implements ReaderInterceptor {

        private static final JsonFactory STRICT = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            MediaType type = context.getMediaType();
            if (type != null && (type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
                byte[] body = context.getInputStream().readAllBytes();
                check(body);
                context.setInputStream(new ByteArrayInputStream(body));
            }
            return context.proceed();
        }

        private static void check(byte[] body) throws IOException {
            try (JsonParser parser = STRICT.createParser(body)) {
                int depth = 0;
                boolean complete = false;
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    if (complete) {
                        throw new JsonParseException(parser, "Trailing token after the JSON value");
                    }
                    depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
                    complete = depth == 0;
                }
            }
        }
    }
}
