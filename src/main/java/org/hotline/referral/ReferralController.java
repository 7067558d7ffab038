package org.hotline.referral;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Referrals")
class ReferralController {

    private final ReferralService referrals;

    ReferralController(ReferralService referrals) {
        this.referrals = referrals;
    }

    @PostMapping("/api/cases/{caseNumber}/referrals/{referralId}/status")
    @Operation(summary = "Record a service's answer: SENT → ACKNOWLEDGED → ACCEPTED or DECLINED → SERVICE_STARTED")
    Map<String, Object> status(@PathVariable String caseNumber, @PathVariable Long referralId,
                               @Valid @RequestBody StatusRequest request) {
        ReferralService.ReferralStanding standing = referrals.answer(caseNumber, referralId, request.status());
        return Map.of("referralId", referralId, "status", request.status(), "answersPending", standing.pending(),
                "accepted", standing.accepted());
    }

    record StatusRequest(@NotNull(message = "is required") ReferralStatus status) {
    }
}
