package org.hotline.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import org.hotline.platform.ApiProblem;
import org.hotline.platform.ApiProblem.FieldError;
import org.hotline.platform.JsonProblems;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Changes a case's safe-contact plan. The body is the whole plan; its fields are named in errors as in the intake
 * request and the case file ({@code safeContact.codeWord}, {@code safeContact.channels[0]}).
 */
@RestController
@Tag(name = "Cases")
class SafeContactController {

    private final SafeContactService plans;
    private final ObjectMapper json;
    private final Validator validator;

    SafeContactController(SafeContactService plans, ObjectMapper json, Validator validator) {
        this.plans = plans;
        this.json = json;
        this.validator = validator;
    }

    @PutMapping("/api/cases/{caseNumber}/safe-contact")
    @Operation(summary = "Replace the case's safe-contact plan (open cases; those who may read the case)",
            description = "The whole plan: channels not listed are not safe. 403 for whoever may not read the case, "
                    + "409 for a closed case, 400 naming the field (safeContact.channels when doNotContact lists a channel).")
    SafeContactView change(@PathVariable String caseNumber,
                           @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                                   content = @Content(schema = @Schema(implementation = SafeContactInput.class)))
                           @RequestBody JsonNode body) {
        return plans.change(caseNumber, read(body));
    }

    /** The body as a plan, with the errors named as the plan's fields are everywhere else. */
    private SafeContactInput read(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ApiProblem.invalid("body", "must be the safe-contact plan, a JSON object");
        }
        SafeContactInput plan;
        try {
            plan = json.treeToValue(body, SafeContactInput.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw prefixed(JsonProblems.of(e));
        }
        List<FieldError> errors = validator.validate(plan).stream()
                .map(v -> new FieldError(SafeContactService.FIELD + "." + v.getPropertyPath(), v.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return plan;
    }

    private static ApiProblem prefixed(ApiProblem problem) {
        return ApiProblem.invalid(problem.errors().stream()
                .map(e -> e.field().equals("body") ? e : new FieldError(SafeContactService.FIELD + "." + e.field(), e.message()))
                .toList());
    }
}
