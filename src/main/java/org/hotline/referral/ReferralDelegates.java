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

    private static final String REPORT_APPROVED_BY = "reportApprovedBy";

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

    /** A report task is created: the report is pending, and the task says which agency it goes to. */
    @Bean
    TaskListener reportPreparation(ReportService reports, CaseFileService cases, ProtocolService protocols) {
        return task -> {
            CaseVariables vars = CaseVariables.of(task.getExecution());
            if (vars.optionalString(REPORT_AGENCY) == null) {
                // The form starts from the lead agency of the jurisdiction's protocol.
                HotlineCase hotlineCase = cases.require(vars.caseId());
                protocols.lookup(hotlineCase.getProvince().name(), hotlineCase.getMunicipality())
                        .ifPresent(protocol -> task.getExecution().setVariable(REPORT_AGENCY, protocol.leadAgency()));
            }
            String action = CaseLifecycle.TASK_REPORT_NEW_INFORMATION.equals(task.getTaskDefinitionKey())
                    ? "NEW_INFORMATION" : vars.string(REPORTING_ACTION);
            // A report relies on consent unless the law or imminent danger is its ground.
            boolean consentBased = vars.optionalString(LEGAL_GROUND) == null
                    && !"MANDATORY_CHILD_PROTECTION".equals(action) && !"DISCRETIONARY_CHILD_PROTECTION".equals(action);
            String agency = vars.optionalString(REPORT_AGENCY);
            reports.preparePending(vars.caseId(), task.getId(), action, consentBased, vars.optionalString(LEGAL_GROUND),
                    vars.optionalString(REPORT_APPROVED_BY), agency);
            if (agency != null) {
                task.setName("Report to " + agency);
            }
        };
    }

    @Bean
    TaskListener reportRecording(ReportService reports) {
        return task -> {
            CaseVariables vars = CaseVariables.of(task.getExecution());
            reports.record(vars.caseId(), task.getId(), new ReportService.MadeReport(vars.string(REPORT_AGENCY),
                    vars.string(REPORT_CHANNEL), vars.optionalString(REPORT_CONTACT), vars.optionalString(REPORT_REFERENCE),
                    vars.take(AGENCY_RESPONSE_NOTE), vars.take(COORDINATION_OVERRIDE_NOTE)));
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
