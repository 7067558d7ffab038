package org.hotline.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.hotline.casefile.CaseFileSection;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.HotlineCase;
import org.hotline.security.CurrentUser;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Follow-up contacts with the client, and how a case ends. */
@Service
@Transactional
public class FollowUpService implements CaseFileSection {

    /** Unreachable this many times in a row: the case closes as lost contact. */
    public static final int MAX_UNREACHABLE_ATTEMPTS = 3;

    private final FollowUpRepository followUps;
    private final CaseFileService cases;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, CaseFileService cases, Clock clock) {
        this.followUps = followUps;
        this.cases = cases;
        this.clock = clock;
    }

    /** Records the outcome; returns how many times in a row the client has now been unreachable. */
    public int record(Long caseId, String outcome) {
        List<FollowUp> earlier = followUps.findByCaseIdOrderByIdAsc(caseId);
        FollowUp followUp = new FollowUp();
        followUp.caseId = caseId;
        followUp.attempt = earlier.size() + 1;
        followUp.outcome = outcome;
        followUp.recordedBy = CurrentUser.id();
        followUp.recordedAt = clock.instant();
        followUps.save(followUp);
        int unreachable = 0;
        for (FollowUp f : earlier) {
            unreachable = "UNREACHABLE".equals(f.outcome) ? unreachable + 1 : 0;
        }
        unreachable = "UNREACHABLE".equals(outcome) ? unreachable + 1 : 0;
        cases.record(caseId, "FOLLOW_UP", "Follow-up " + followUp.attempt + ": " + outcome
                + (unreachable > 0 ? " (" + unreachable + " of " + MAX_UNREACHABLE_ATTEMPTS + " attempts)" : ""));
        return unreachable;
    }

    public static String closureReason(String outcome, int unreachableAttempts) {
        return "UNREACHABLE".equals(outcome) && unreachableAttempts >= MAX_UNREACHABLE_ATTEMPTS
                ? "LOST_CONTACT" : "SERVICES_CONFIRMED";
    }

    @Override
    public String name() {
        return "followUps";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    @Transactional(readOnly = true)
    public Object read(HotlineCase hotlineCase) {
        return followUps.findByCaseIdOrderByIdAsc(hotlineCase.getId()).stream()
                .map(f -> new FollowUpView(f.attempt, f.outcome, f.recordedBy, f.recordedAt)).toList();
    }

    record FollowUpView(int attempt, String outcome, String recordedBy, Instant recordedAt) {
    }
}

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    @Query("select f from FollowUp f where f.caseId = :caseId order by f.id")
    List<FollowUp> findByCaseIdOrderByIdAsc(@Param("caseId") Long caseId);
}
