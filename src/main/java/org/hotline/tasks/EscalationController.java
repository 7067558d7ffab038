package org.hotline.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Cases")
class EscalationController {

    private final EscalationService escalations;

    EscalationController(EscalationService escalations) {
        this.escalations = escalations;
    }

    @PostMapping("/api/cases/{caseNumber}/escalations")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Escalate a case to supervisors: a \"Handle escalation\" task is created for them")
    Map<String, String> escalate(@PathVariable String caseNumber, @Valid @RequestBody EscalationRequest request) {
        escalations.escalate(caseNumber, request.reason());
        return Map.of("caseNumber", caseNumber, "status", "ESCALATED");
    }

    record EscalationRequest(@NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters")
                             String reason) {
    }
}
