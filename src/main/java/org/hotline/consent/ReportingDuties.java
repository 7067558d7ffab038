package org.hotline.consent;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.variable.Variables;
import org.hotline.casefile.CaseFileSection;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.HotlineCase;
import org.hotline.legalrule.LegalRules;
import org.hotline.lifecycle.CaseLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every reporting duty of a case, from the reporting-obligation table (hit policy COLLECT): the emergency call, child
 * protection, international liaison, a supervisor's decision when no protocol is in place, a report made with consent.
 * Duties add up and are recorded once each, with their legal ground and the decision version that found them.
 */
@Service
@Transactional
public class ReportingDuties implements CaseFileSection {

    private final LegalRules legalRules;
    private final CaseFileService cases;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ReportingDuties(LegalRules legalRules, CaseFileService cases, JdbcTemplate jdbc, Clock clock) {
        this.legalRules = legalRules;
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Evaluates the table for the facts known now and records the duties not yet on the case; returns those, which
     * are the ones to open now, with all the case's duties. Before consent is asked ({@code consentToReport} null) only duties that need no consent
     * can match; once it is known, the table adds the reports made with consent.
     */
    public Decision decide(Long caseId, ReportingFacts facts) {
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("imminentDanger", facts.imminentDanger());
        inputs.put("minorStatus", facts.minorStatus());
        inputs.put("detailSufficient", facts.detailSufficient());
        inputs.put("callerType", facts.callerType());
        inputs.put("consentToReport", facts.consentToReport());
        inputs.put("indicatorCount", facts.indicatorCount());
        inputs.put("protocolInPlace", facts.protocolInPlace());
        inputs.put("abroad", facts.abroad());
        LegalRules.Evaluation evaluation = legalRules.evaluate(CaseLifecycle.DECISION_REPORTING_OBLIGATION,
                Variables.fromMap(inputs));
        Map<ReportingAction, Duty> found = new LinkedHashMap<>();
        evaluation.result().getResultList().forEach(entries -> {
            ReportingAction action = ReportingAction.valueOf((String) entries.get("duty"));
            Object ground = entries.get("legalGround");
            Object verified = entries.get("verified");
            Object reason = entries.get("reportingReason");
            found.putIfAbsent(action, new Duty(action, ground == null ? null : ground.toString(),
                    !Boolean.FALSE.equals(verified), reason == null ? action.name() : reason.toString(),
                    evaluation.version()));
        });
        List<Duty> before = recorded(caseId);
        List<ReportingAction> known = before.stream().map(Duty::duty).toList();
        List<Duty> opened = new ArrayList<>();
        for (Duty duty : found.values()) {
            if (known.contains(duty.duty())) {
                continue;
            }
            jdbc.update("""
                    insert into reporting_duty (case_id, duty, legal_ground, reason, verified, decision_version, decided_at)
                    values (?, ?, ?, ?, ?, ?, ?)
                    """, caseId, duty.duty().name(), duty.legalGround(), abbreviate(duty.reason()), duty.verified(),
                    duty.decisionVersion(), Timestamp.from(clock.instant()));
            cases.record(caseId, "REPORTING_DECIDED", "Reporting duty " + duty.duty() + ": " + duty.reason());
            if (!duty.verified()) {
                legalRules.unverifiedRowMet(caseId, CaseLifecycle.DECISION_REPORTING_OBLIGATION, duty.decisionVersion(),
                        duty.duty() + (duty.legalGround() == null ? "" : "/" + duty.legalGround()),
                        "Reporting rule " + duty.duty() + (duty.legalGround() == null ? "" : " on the ground "
                                + duty.legalGround()) + " is not verified by counsel");
            }
            opened.add(duty);
        }
        List<Duty> all = java.util.stream.Stream.concat(before.stream(), opened.stream())
                .sorted(Comparator.comparing(Duty::duty)).toList();
        Optional<ReportingAction> first = all.stream().map(Duty::duty).min(Comparator.naturalOrder());
        if (first.isPresent()) {
            cases.recordReportingAction(caseId, first.get().name());
        } else if (facts.consentToReport() != null) {
            cases.recordReportingAction(caseId, ReportingAction.REFERRAL_ONLY.name());
            cases.record(caseId, "REPORTING_DECIDED", "No reporting duty: the caller is referred to services only");
        }
        return new Decision(opened, all);
    }

    /** The duties this evaluation opened, and every duty of the case, most urgent first. */
    public record Decision(List<Duty> opened, List<Duty> all) {
    }

    /** The duties recorded on a case, most urgent first. */
    @Transactional(readOnly = true)
    public List<Duty> recorded(Long caseId) {
        return jdbc.query("""
                select duty, legal_ground, verified, reason, decision_version from reporting_duty where case_id = ?
                """, (rs, n) -> new Duty(ReportingAction.valueOf(rs.getString("duty")), rs.getString("legal_ground"),
                rs.getBoolean("verified"), rs.getString("reason"), (Integer) rs.getObject("decision_version")), caseId)
                .stream().sorted(Comparator.comparing(Duty::duty)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Duty> duty(Long caseId, ReportingAction action) {
        return recorded(caseId).stream().filter(d -> d.duty() == action).findFirst();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }

    @Override
    public String name() {
        return "reportingDuties";
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    @Transactional(readOnly = true)
    public Object read(HotlineCase hotlineCase) {
        return recorded(hotlineCase.getId());
    }

    /** One duty: what, on which legal ground (null when it is not a report made without consent), and why. */
    public record Duty(ReportingAction duty, String legalGround, boolean verified, String reason, Integer decisionVersion) {
    }

    /**
     * What the table reads. {@code consentToReport} is null until consent is asked; {@code abroad} is true when the
     * person is outside Canada.
     */
    public record ReportingFacts(boolean imminentDanger, String minorStatus, boolean detailSufficient, String callerType,
                                 Boolean consentToReport, int indicatorCount, boolean protocolInPlace, boolean abroad) {
    }
}
