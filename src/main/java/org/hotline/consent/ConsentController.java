package org.hotline.consent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases/{caseNumber}/consents")
@Tag(name = "Consent")
class ConsentController {

    private final ConsentService consents;

    ConsentController(ConsentService consents) {
        this.consents = consents;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a consent (or a refusal) per purpose and recipient")
    ConsentService.ConsentView record(@PathVariable String caseNumber, @Valid @RequestBody ConsentRequest request) {
        return consents.record(caseNumber, request);
    }

    @PostMapping("/{consentId}/withdrawal")
    @Operation(summary = "Withdraw a consent: the ledger keeps it; pending actions that relied on it are cancelled")
    ConsentService.ConsentView withdraw(@PathVariable String caseNumber, @PathVariable Long consentId) {
        return consents.withdraw(caseNumber, consentId);
    }
}
