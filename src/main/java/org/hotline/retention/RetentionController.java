package org.hotline.retention;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.hotline.security.Roles;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Retention")
class RetentionController {

    private final RetentionService retention;

    RetentionController(RetentionService retention) {
        this.retention = retention;
    }

    @PutMapping("/api/cases/{caseNumber}/legal-hold")
    @Operation(summary = "Put a case on legal hold (never purged) or lift the hold (supervisors, admins)")
    Map<String, Object> hold(@PathVariable String caseNumber, @Valid @RequestBody HoldRequest request) {
        if (!CurrentUser.hasRole(Roles.SUPERVISOR) && !CurrentUser.hasRole(Roles.ADMIN)) {
            throw ApiProblem.forbidden("Only supervisors and administrators put cases on legal hold");
        }
        retention.legalHold(caseNumber, request.hold(), request.reason());
        return Map.of("caseNumber", caseNumber, "legalHold", request.hold());
    }

    @PostMapping("/api/admin/retention/purge")
    @Operation(summary = "Purge now the personal data of every closed case past the retention period (admins)")
    Map<String, Object> purge() {
        return Map.of("purged", retention.purgeDue(), "retentionPeriod", retention.period().toString());
    }

    /** The reason may name a court file or a person: it goes to the case file only. */
    record HoldRequest(@NotNull(message = "is required: true or false") Boolean hold,
                       @Size(max = 2000, message = "must be at most 2000 characters") String reason) {
    }
}
