package org.hotline.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.hotline.casefile.CaseFileView;
import org.hotline.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Intake")
class IntakeController {

    private final IntakeService intake;

    IntakeController(IntakeService intake) {
        this.intake = intake;
    }

    @PostMapping("/api/cases")
    @Operation(summary = "Take a contact: open a case (201) or add the contact to an open case (200 with the case "
            + "file; 202 with the case number only when you may not read that case, and a supervisor reviews the contact)")
    ResponseEntity<?> take(
            @Parameter(description = "Makes a retried request return the same case instead of opening another")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @Valid @RequestBody IntakeRequest request) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ApiProblem.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        IntakeService.Outcome outcome = intake.take(request, idempotencyKey);
        if (!outcome.readable()) {
            return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ContactAdded(outcome.caseNumber(),
                    outcome.reviewedBy(), "The contact was added to case " + outcome.caseNumber()
                            + "; a supervisor reviews it, as you have not worked on this case"));
        }
        return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .header("Location", "/api/cases/" + outcome.caseNumber())
                .body(outcome.caseFile());
    }

    /** The answer to a contact added to a case its taker may not read: no case file. */
    record ContactAdded(String caseNumber, String reviewedBy, String detail) {
    }
}
