package org.hotline.protocol;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case file's sections are added by each feature at run time, so the OpenAPI description learns the shape of
 * {@code whoToCall} from here.
 */
@Configuration(proxyBeanMethods = false)
class WhoToCallApiDocs {

    @Bean
    OpenApiCustomizer whoToCallInCaseFile() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            ModelConverters.getInstance().readAll(WhoToCall.class).forEach(openApi.getComponents()::addSchemas);
            @SuppressWarnings("rawtypes")
            Schema caseFile = openApi.getComponents().getSchemas() == null ? null
                    : openApi.getComponents().getSchemas().get("CaseFileView");
            if (caseFile != null) {
                caseFile.addProperty("whoToCall", new Schema<>().$ref("#/components/schemas/WhoToCall").description(
                        "Who to call now for this case, from its protocol and the jurisdiction's clock: the number to call"
                                + " now and why (callNow.reason PRIMARY_OPEN, PRIMARY_CLOSED_AFTER_HOURS_OPEN,"
                                + " PRIMARY_HOURS_UNKNOWN or NONE_OPEN), the escalation contact, the child-protection"
                                + " intake line when a minor is involved, every contact and crisis provider with openNow;"
                                + " null when no protocol, not even the national one, exists"));
            }
        };
    }
}
