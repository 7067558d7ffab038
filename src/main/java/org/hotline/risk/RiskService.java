package org.hotline.risk;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.variable.Variables;
import org.hotline.casefile.CaseFileSection;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.CasePerson;
import org.hotline.casefile.HotlineCase;
import org.hotline.legalrule.LegalRules;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Minor status and risk: the designers' decision tables, evaluated on the case, recorded with why. */
@Service
@Transactional
public class RiskService implements CaseFileSection {

    private final CaseFileService cases;
    private final RiskAssessmentRepository assessments;
    private final RiskLevelPolicy policy;
    private final LegalRules legalRules;
    private final Clock clock;

    RiskService(CaseFileService cases,
                RiskAssessmentRepository assessments, RiskLevelPolicy policy, LegalRules legalRules, Clock clock) {
        this.legalRules = legalRules;
        this.cases = cases;
        this.assessments = assessments;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Minor status from the jurisdiction's child-protection ages ({@code ABROAD} outside Canada). A row counsel has not
     * verified shows on the case as a warning naming it.
     */
    public MinorStatus determineMinorStatus(Long caseId) {
        HotlineCase hotlineCase = cases.require(caseId);
        String jurisdiction = hotlineCase.isAbroad() ? "ABROAD" : hotlineCase.getProvince().name();
        LegalRules.Evaluation evaluation = legalRules.evaluate(CaseLifecycle.DECISION_CHILD_PROTECTION_AGE,
                Variables.createVariables().putValue("province", jurisdiction));
        Map<String, Object> ages = evaluation.result().getSingleResult().getEntryMap();
        int ageOfProtection = ((Number) ages.get("ageOfProtection")).intValue();
        int mandatoryReportAge = ((Number) ages.get("mandatoryReportAge")).intValue();
        if (Boolean.FALSE.equals(ages.get("verified"))) {
            legalRules.unverifiedRowMet(caseId, CaseLifecycle.DECISION_CHILD_PROTECTION_AGE, evaluation.version(),
                    jurisdiction, "Child-protection ages for " + jurisdiction + " (protection under " + ageOfProtection
                            + ", mandatory report under " + mandatoryReportAge + ") are not verified by counsel");
        }
        CasePerson person = hotlineCase.getPerson();
        MinorStatus status = MinorStatus.of(person.getAgeYears(), person.getAppearsMinor(), ageOfProtection,
                mandatoryReportAge);
        cases.recordMinorStatus(caseId, status.name());
        cases.record(caseId, "MINOR_STATUS_DETERMINED", "Minor status " + status + " (" + jurisdiction
                + ": protection under " + ageOfProtection + ", mandatory report under " + mandatoryReportAge + ")");
        return status;
    }

    public RiskOutcome assess(Long caseId, MinorStatus minorStatus) {
        HotlineCase hotlineCase = cases.require(caseId);
        CasePerson person = hotlineCase.getPerson();
        boolean minor = minorStatus.isMinor();
        int indicatorCount = hotlineCase.getIndicators().size();
        // Unknown counts as still in the situation: the cautious reading.
        boolean stillInSituation = !Boolean.FALSE.equals(person.getStillInSituation());
        LegalRules.Evaluation evaluation = legalRules.evaluate(CaseLifecycle.DECISION_RISK_ASSESSMENT,
                Variables.createVariables()
                        .putValue("imminentDanger", hotlineCase.isImminentDanger())
                        .putValue("minor", minor)
                        .putValue("indicatorCount", indicatorCount)
                        .putValue("stillInSituation", stillInSituation));
        DmnDecisionResultEntries result = evaluation.result().getSingleResult();
        RiskAssessment assessment = new RiskAssessment();
        assessment.caseId = caseId;
        assessment.kind = "DECISION";
        assessment.riskLevel = result.getEntry("riskLevel");
        assessment.reason = result.getEntry("riskReason");
        assessment.slaFirstAction = result.getEntry("slaFirstAction");
        assessment.taskPriority = ((Number) result.getEntry("taskPriority")).intValue();
        assessment.imminentDanger = hotlineCase.isImminentDanger();
        assessment.minor = minor;
        assessment.indicatorCount = indicatorCount;
        assessment.stillInSituation = stillInSituation;
        assessment.decisionVersion = evaluation.version();
        assessment.assessedBy = CurrentUser.SYSTEM;
        assessment.assessedAt = clock.instant();
        assessments.save(assessment);
        cases.recordRiskLevel(caseId, assessment.riskLevel);
        cases.record(caseId, "RISK_ASSESSED", "Risk " + assessment.riskLevel + ": " + assessment.reason);
        return new RiskOutcome(RiskLevel.valueOf(assessment.riskLevel), assessment.slaFirstAction, assessment.taskPriority,
                result.getEntry("followUpDelay"), false);
    }

    /** The advocate confirms the level or sets another one; a change takes that level's SLA and priority. */
    /** The confirmation form's field that says why the level changed. */
    static final String LOWERING_REASON_FIELD = "riskOverrideNote";

    public RiskOutcome confirm(Long caseId, RiskLevel confirmed, String changeNote) {
        HotlineCase hotlineCase = cases.require(caseId);
        RiskLevel previous = RiskLevel.valueOf(hotlineCase.getRiskLevel());
        if (confirmed.ordinal() < previous.ordinal() && (changeNote == null || changeNote.isBlank())) {
            // A lower level slows everything after it (its SLA, its priority): whoever lowers it says why.
            throw ApiProblem.invalid("variables." + LOWERING_REASON_FIELD, "say why the risk is lower than the assessed " + previous);
        }
        RiskLevelPolicy.Level level = policy.of(confirmed);
        setByHand(caseId, "CONFIRMATION", previous, confirmed, level,
                confirmed == previous ? "Confirmed by the advocate" : "Changed by the advocate");
        cases.recordRiskLevel(caseId, confirmed.name());
        if (confirmed == previous) {
            cases.note(caseId, "RISK_CONFIRMED", "Risk " + confirmed + " confirmed", changeNote);
        } else {
            cases.note(caseId, "RISK_CHANGED", "Risk changed from " + previous + " to " + confirmed, changeNote);
        }
        boolean raisedToCritical = confirmed == RiskLevel.CRITICAL && previous != RiskLevel.CRITICAL;
        return new RiskOutcome(confirmed, level.slaFirstAction(), level.taskPriority(), level.followUpDelay(),
                raisedToCritical);
    }

    /**
     * A supervisor raises the level of an open case from the board: the new level's SLA and priority apply to the
     * case from now on. Lowering goes through the advocate's confirmation or a review, never from the board.
     */
    public RiskOutcome raise(Long caseId, RiskLevel raised, String reason) {
        HotlineCase hotlineCase = cases.require(caseId);
        RiskLevel previous = RiskLevel.valueOf(hotlineCase.getRiskLevel());
        if (raised.ordinal() <= previous.ordinal()) {
            throw ApiProblem.invalid("riskLevel", "must be higher than the case's level, " + previous);
        }
        RiskLevelPolicy.Level level = policy.of(raised);
        setByHand(caseId, "SUPERVISOR_RAISE", previous, raised, level, "Raised by a supervisor");
        cases.recordRiskLevel(caseId, raised.name());
        cases.note(caseId, "RISK_RAISED", "Risk raised from " + previous + " to " + raised + " by a supervisor", reason);
        return new RiskOutcome(raised, level.slaFirstAction(), level.taskPriority(), level.followUpDelay(),
                raised == RiskLevel.CRITICAL);
    }

    /** A level set by a person: the facts of the last assessment, the level's SLA and priority from configuration. */
    private void setByHand(Long caseId, String kind, RiskLevel previous, RiskLevel level, RiskLevelPolicy.Level policyLevel,
                           String reason) {
        RiskAssessment last = assessments.findByCaseIdOrderByAssessedAtAscIdAsc(caseId).stream()
                .reduce((first, second) -> second).orElseThrow();
        RiskAssessment assessment = new RiskAssessment();
        assessment.caseId = caseId;
        assessment.kind = kind;
        assessment.riskLevel = level.name();
        assessment.previousLevel = previous.name();
        assessment.reason = reason;
        assessment.slaFirstAction = policyLevel.slaFirstAction();
        assessment.taskPriority = policyLevel.taskPriority();
        assessment.imminentDanger = last.imminentDanger;
        assessment.minor = last.minor;
        assessment.indicatorCount = last.indicatorCount;
        assessment.stillInSituation = last.stillInSituation;
        assessment.assessedBy = CurrentUser.id();
        assessment.assessedAt = clock.instant();
        assessments.save(assessment);
    }

    @Override
    public String name() {
        return "riskAssessments";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    @Transactional(readOnly = true)
    public Object read(HotlineCase hotlineCase) {
        return assessments.findByCaseIdOrderByAssessedAtAscIdAsc(hotlineCase.getId()).stream()
                .map(a -> new AssessmentView(a.kind, a.riskLevel, a.previousLevel, a.reason, a.slaFirstAction,
                        a.taskPriority, a.decisionVersion, a.assessedBy, a.assessedAt))
                .toList();
    }

    public record RiskOutcome(RiskLevel riskLevel, String slaFirstAction, int taskPriority, String followUpDelay,
                              boolean raisedToCritical) {
    }

    record AssessmentView(String kind, String riskLevel, String previousLevel, String reason, String slaFirstAction,
                          int taskPriority, Integer decisionVersion, String assessedBy, java.time.Instant assessedAt) {
    }

    static List<Indicator> catalogue() {
        return List.of(Indicator.values());
    }
}
