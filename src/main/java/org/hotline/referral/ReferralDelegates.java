package org.hotline.referral;

import static org.hotline.lifecycle.CaseLifecycle.Vars.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.HotlineCase;
import org.hotline.consent.ReportingAction;
import org.hotline.consent.ReportingDuties;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.platform.ApiProblem;
import org.hotline.protocol.ProtocolService;
import org.hotline.lifecycle.CaseVariables;
import org.hotline.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Referral and report steps of the lifecycle: map variables, call the services, map results back. */
@Configuration(proxyBeanMethods = false)
class ReferralDelegates {


    /**
     * The proposals become the options of the "Send referrals" form: a JSON list of {label, value}, the label giving
     * what the advocate needs to choose on the call (phone, hours, languages, who the service is for).
     */
    @Bean
    JavaDelegate findMatchingServices(ReferralService referrals, ObjectMapper json) {
        return execution -> {
            CaseVariables vars = CaseVariables.of(execution);
            boolean minor = vars.string(MINOR_STATUS).startsWith("MINOR");
            List<ReferralService.Proposal> proposals = referrals.propose(vars.caseId(), minor);
            List<Map<String, String>> options = proposals.stream()
                    .map(p -> Map.of("label", p.label(), "value", p.serviceId().toString()))
                    .toList();
            execution.setVariable(PROPOSED_SERVICES, SpinValues.jsonValue(json.writeValueAsString(options)).create());
        };
    }

    @Bean
    TaskListener referralSending(ReferralService referrals) {
        return task -> {
            CaseVariables vars = CaseVariables.of(task.getExecution());
            int sent = referrals.send(vars.caseId(), vars.strings(SELECTED_SERVICE_IDS));
            task.getExecution().setVariable(REFERRALS_SENT, sent > 0);
            write(task.getExecution(), referrals.standing(vars.caseId()));
        };
    }

    /** "Chase referral" offers the referrals still waiting for an answer. */
    @Bean
    TaskListener referralChasePreparation(ReferralService referrals, ObjectMapper json) {
        return task -> {
            List<Map<String, String>> options = referrals.awaitingAnswer(CaseVariables.caseId(task.getExecution())).stream()
                    .map(p -> Map.of("label", p.name(), "value", p.why())).toList();
            try {
                task.getExecution().setVariable("pendingReferrals", SpinValues.jsonValue(json.writeValueAsString(options)).create());
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("The referrals to chase cannot be listed", e);
            }
        };
    }

    @Bean
    TaskListener referralChaseRecording(ReferralService referrals) {
        return task -> {
            CaseVariables vars = CaseVariables.of(task.getExecution());
            write(task.getExecution(), referrals.recordChase(vars.caseId(), Long.valueOf(vars.string("chasedReferralId")),
                    vars.string(REFERRAL_ANSWER)));
        };
    }

    static void write(org.camunda.bpm.engine.delegate.VariableScope scope, ReferralService.ReferralStanding standing) {
        scope.setVariable(REFERRALS_PENDING, standing.pending());
        scope.setVariable(REFERRALS_ACCEPTED, standing.accepted());
    }

    @Bean
    JavaDelegate withdrawConsentBasedActions(ReferralService referrals) {
        return execution -> {
            CaseVariables vars = CaseVariables.of(execution);
            if (!vars.flag(CONSENT_TO_SERVICES)) {
                referrals.withdrawUnsent(vars.caseId());
            }
        };
    }

    /** Case-lifecycle versions before the emergency report was made at once asked a supervisor to approve it first. */
    @Bean
    TaskListener emergencyReportApproval(ReportService reports) {
        return task -> {
            CaseVariables vars = CaseVariables.of(task.getExecution());
            if ("APPROVED".equals(vars.string(EMERGENCY_REPORT_DECISION))) {
                task.getExecution().setVariable(REPORT_APPROVED_BY, CurrentUser.id());
            } else {
                reports.recordNotMade(vars.caseId(), "EMERGENCY", "Emergency report not approved by the supervisor");
            }
        };
    }

    /** The supervisor's review after the fact of the emergency report made at intake. */
    @Bean
    TaskListener emergencyReportReview(ReportService reports) {
        return task -> {
            CaseVariables vars = CaseVariables.of(task.getExecution());
            String outcome = vars.string(EMERGENCY_REVIEW_OUTCOME);
            if (!outcome.equals("JUSTIFIED") && !outcome.equals("NOT_JUSTIFIED")) {
                throw ApiProblem.invalid(EMERGENCY_REVIEW_OUTCOME, "must be JUSTIFIED or NOT_JUSTIFIED");
            }
            reports.review(vars.caseId(), ReportingAction.EMERGENCY.name(), outcome);
        };
    }

    @Bean
    TaskListener discretionaryReportDecisionRecording(ReportService reports) {
        return task -> {
            CaseVariables vars = CaseVariables.of(task.getExecution());
            if ("REPORT".equals(vars.string(DISCRETIONARY_REPORT_DECISION))) {
                task.getExecution().setVariable(REPORT_APPROVED_BY, CurrentUser.id());
            } else {
                reports.recordNotMade(vars.caseId(), "DISCRETIONARY_CHILD_PROTECTION",
                        "Supervisor decided not to report the minor's situation");
            }
        };
    }

    /**
     * No protocol is in place: the supervisor decides how reports on this case are made. Through the national
     * protocol, the case takes the national protocol, so its reports and "who to call" follow it.
     */
    @Bean
    TaskListener noProtocolDecisionRecording(CaseFileService cases, ProtocolService protocols) {
        return task -> {
            CaseVariables vars = CaseVariables.of(task.getExecution());
            Long caseId = vars.caseId();
            String decision = vars.string(NO_PROTOCOL_DECISION);
            switch (decision) {
                case "NATIONAL_PROTOCOL" -> {
                    ProtocolService.ProtocolMatch national = protocols.lookup(null, null).orElseThrow(() ->
                            ApiProblem.conflict("No national protocol is on record"));
                    cases.recordProtocol(caseId, national.protocolId(), national.version(), national.matchedLevel());
                    cases.record(caseId, "REPORTING_ROUTE", "Reports go through the national protocol's lead agency, "
                            + national.leadAgency());
                }
                case "JURISDICTION_AGENCY" -> cases.record(caseId, "REPORTING_ROUTE",
                        "Reports go to the jurisdiction's police without a protocol");
                case "SERVICES_ONLY" -> cases.record(caseId, "REPORTING_ROUTE",
                        "No report for now without a protocol: services only");
                default -> throw ApiProblem.invalid(NO_PROTOCOL_DECISION,
                        "must be NATIONAL_PROTOCOL, JURISDICTION_AGENCY or SERVICES_ONLY");
            }
        };
    }

    /**
     * A new report on new information needs a ground: the caller's consent to report, or the legal ground the
     * case already has (imminent danger, child protection). Without one, the advocate is told what to do.
     */
    @Bean
    TaskListener newContactReview() {
        return task -> {
            CaseVariables vars = CaseVariables.of(task.getExecution());
            if ("NEW_REPORT_NEEDED".equals(vars.optionalString("newContactAction"))
                    && !vars.flag(CONSENT_TO_REPORT) && vars.optionalString(LEGAL_GROUND) == null) {
                throw ApiProblem.invalid("newContactAction", "the caller has not consented to a report and the case has no"
                        + " legal ground for one: record the caller's consent first, or escalate to a supervisor");
            }
        };
    }

    /**
     * A report task is created: the report is pending from now, on the legal ground of its duty, addressed to the
     * agency the task names (the child-protection intake for a child-protection report, the lead agency of the case's
     * protocol otherwise). The agency is the task's own variable: two report tasks open at once each keep theirs.
     */
    @Bean
    TaskListener reportPreparation(ReportService reports, ReportingDuties duties, CaseFileService cases,
                                   ProtocolService protocols) {
        return task -> {
            CaseVariables vars = CaseVariables.of(task.getExecution());
            Long caseId = vars.caseId();
            HotlineCase hotlineCase = cases.require(caseId);
            String key = task.getTaskDefinitionKey();
            String action;
            String ground;
            String approvedBy = null;
            String agency = leadAgency(hotlineCase, protocols);
            String title = "Report to ";
            switch (key) {
                case CaseLifecycle.TASK_MAKE_EMERGENCY_REPORT -> {
                    action = ReportingAction.EMERGENCY.name();
                    ground = groundOf(duties, caseId, ReportingAction.EMERGENCY, "IMMINENT_DANGER");
                    title = "Emergency report to ";
                }
                case CaseLifecycle.TASK_REPORT_TO_CHILD_PROTECTION -> {
                    boolean mandatory = duties.duty(caseId, ReportingAction.MANDATORY_CHILD_PROTECTION).isPresent();
                    ReportingAction duty = mandatory ? ReportingAction.MANDATORY_CHILD_PROTECTION
                            : ReportingAction.DISCRETIONARY_CHILD_PROTECTION;
                    action = duty.name();
                    ground = groundOf(duties, caseId, duty, duty.name());
                    approvedBy = mandatory ? null : vars.optionalString(REPORT_APPROVED_BY);
                    agency = childProtectionIntake(hotlineCase, protocols);
                }
                case CaseLifecycle.TASK_LIAISE_INTERNATIONALLY -> {
                    action = ReportingAction.INTERNATIONAL_LIAISON.name();
                    ground = groundOf(duties, caseId, ReportingAction.INTERNATIONAL_LIAISON, null);
                    title = "International liaison through ";
                }
                case CaseLifecycle.TASK_REPORT_WITH_CONSENT -> {
                    ReportingAction duty = duties.duty(caseId, ReportingAction.THIRD_PARTY_REPORT).isPresent()
                            ? ReportingAction.THIRD_PARTY_REPORT : ReportingAction.REPORT_WITH_CONSENT;
                    action = duty.name();
                    ground = groundOf(duties, caseId, duty, "CONSENT");
                }
                case CaseLifecycle.TASK_REPORT_NEW_INFORMATION -> {
                    action = "NEW_INFORMATION";
                    ground = vars.optionalString(LEGAL_GROUND) != null ? vars.optionalString(LEGAL_GROUND) : "CONSENT";
                }
                default -> {
                    // Earlier case-lifecycle versions: one report task for the one action decided after consent.
                    action = vars.string(REPORTING_ACTION);
                    ground = vars.optionalString(LEGAL_GROUND);
                    approvedBy = vars.optionalString(REPORT_APPROVED_BY);
                    if (ground == null && action.endsWith("CHILD_PROTECTION")) {
                        ground = action;
                    }
                }
            }
            // A report rests on consent unless danger or the law is its ground; then a withdrawal cancels it.
            boolean consentBased = ground == null || ground.endsWith("CONSENT");
            task.setVariableLocal(REPORT_AGENCY, agency);
            reports.preparePending(caseId, task.getId(), action, consentBased, ground, approvedBy, agency);
            String name = title + agency;
            task.setName(name.length() > 250 ? name.substring(0, 249) + "…" : name);
        };
    }

    private static String groundOf(ReportingDuties duties, Long caseId, ReportingAction duty, String otherwise) {
        return duties.duty(caseId, duty).map(ReportingDuties.Duty::legalGround).orElse(otherwise);
    }

    /** The lead agency of the protocol on the case (the national one outside Canada or when a supervisor chose it). */
    private static String leadAgency(HotlineCase hotlineCase, ProtocolService protocols) {
        if (hotlineCase.getProtocolId() != null) {
            return protocols.current(hotlineCase.getProtocolId()).leadAgency();
        }
        return protocols.lookup(province(hotlineCase), hotlineCase.getMunicipality())
                .map(ProtocolService.ProtocolMatch::leadAgency).orElse("the lead agency of the national protocol");
    }

    /** The province's child-protection intake, the same line "Who to call now" shows; named generically if none. */
    private static String childProtectionIntake(HotlineCase hotlineCase, ProtocolService protocols) {
        String province = province(hotlineCase);
        return protocols.childProtectionIntake(province, hotlineCase.getMunicipality())
                .map(c -> c.unit() == null || c.unit().isBlank() ? c.agency() : c.agency() + " – " + c.unit())
                .orElse(province == null ? "the child-protection authorities" : "the child-protection intake of " + province);
    }

    private static String province(HotlineCase hotlineCase) {
        return hotlineCase.getProvince() == null ? null : hotlineCase.getProvince().name();
    }

    /**
     * The report is made. The form's answers arrive on the execution (the engine sets a completion's variables
     * there); the agency the advocate confirmed or typed wins over the one the task was addressed to.
     */
    @Bean
    TaskListener reportRecording(ReportService reports) {
        return task -> {
            CaseVariables vars = CaseVariables.of(task);
            String agency = CaseVariables.of(task.getExecution()).optionalString(REPORT_AGENCY);
            reports.record(CaseVariables.caseId(task.getExecution()), task.getId(), new ReportService.MadeReport(
                    agency != null ? agency : vars.string(REPORT_AGENCY), vars.string(REPORT_CHANNEL), vars.optionalString(REPORT_CONTACT),
                    vars.optionalString(REPORT_REFERENCE), vars.take(AGENCY_RESPONSE_NOTE),
                    vars.take(COORDINATION_OVERRIDE_NOTE)));
        };
    }

    @Bean
    JavaDelegate cancelPendingReport(ReportService reports) {
        return execution -> reports.cancelConsentBased(CaseVariables.caseId(execution),
                "the caller withdrew consent to report");
    }

    @Bean
    JavaDelegate recordReportingSignal(ReportService reports) {
        return execution -> reports.recordSignal(CaseVariables.caseId(execution));
    }
}
