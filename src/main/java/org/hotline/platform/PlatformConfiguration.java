package org.hotline.platform;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.time.Clock;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlatformConfiguration {

    /** Nodes sharing a database start one at a time (see {@link StartupLock}). */
    @Bean
    static StartupLock startupLock(Environment environment) {
        return new StartupLock(environment);
    }

    @Bean
    Clock clock() {
        return new EngineClock();
    }

    /**
     * A value of the wrong type is refused, never converted: 12345 is not a name, "" is not a code, a flag or a
     * number, 1 is not true.
     */
    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictTypes() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            for (LogicalType type : new LogicalType[] {LogicalType.Enum, LogicalType.Boolean, LogicalType.Integer,
                    LogicalType.Float}) {
                mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
            }
        });
    }

    /**
     * Strings are text: a NUL character or half of a surrogate pair is refused (400 naming the field) instead of being
     * mangled on its way to the database.
     */
    static final class TextOnly extends StdScalarDeserializer<String> {

        TextOnly() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (value != null) {
                for (int i = 0; i < value.length(); i++) {
                    char c = value.charAt(i);
                    boolean lone = Character.isHighSurrogate(c)
                            ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(++i))
                            : Character.isLowSurrogate(c);
                    if (c == 0 || lone) {
                        return (String) context.handleWeirdStringValue(String.class, "(not shown)",
                                "contains a character that is not text");
                    }
                }
            }
            return value;
        }
    }

    @Bean
    SimpleModule textOnly() {
        SimpleModule text = new SimpleModule("text-only");
        text.addDeserializer(String.class, new TextOnly());
        return text;
    }

    @Bean
    OpenAPI hotlineOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Hotline Case Engine API").version("1")
                        .description("Intake, case files, consent and task lists of the hotline's case engine."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
