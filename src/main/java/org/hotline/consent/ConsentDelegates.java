package org.hotline.consent;

import static org.hotline.lifecycle.CaseLifecycle.Vars.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hotline.lifecycle.CaseVariables;
import org.hotline.lifecycle.TaskForms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ConsentDelegates {

    /** The consent wording is the text the advocate read from the form: recorded as shown. */
    @Bean
    TaskListener consentRecording(ConsentService consents, TaskForms forms) {
        return task -> {
            CaseVariables vars = CaseVariables.of(task.getExecution());
            String wording = forms.of(task).map(form -> consentWording(form.texts().values()))
                    .orElse("Consent wording of the Record consent form");
            ConsentService.ConsentAnswers answers = consents.recordAnswers(vars.caseId(),
                    vars.string(CONSENT_TO_SERVICES_ANSWER), vars.string(CONSENT_TO_REPORT_ANSWER),
                    vars.code(CONSENT_METHOD, ConsentMethod.class), wording);
            task.getExecution().setVariable(CONSENT_TO_SERVICES, answers.services());
            task.getExecution().setVariable(CONSENT_TO_REPORT, answers.report());
            task.getExecution().setVariable(CONSENT_RECORDED, true);
        };
    }

    /** The wording read to the caller is the quoted part of the form's text; the rest is guidance for the advocate. */
    static String consentWording(java.util.Collection<String> texts) {
        String all = String.join("\n", texts);
        String quoted = all.lines().filter(line -> line.startsWith(">"))
                .map(line -> line.substring(1).strip())
                .collect(java.util.stream.Collectors.joining("\n"));
        return quoted.isBlank() ? all : quoted.replaceAll("\n{2,}", "\n").strip();
    }

    /**
     * At intake, before consent is asked: every duty that needs no consent opens at once, each on its own branch of
     * "Meet every reporting duty" (one flag per duty).
     */
    @Bean
    JavaDelegate decideLegalDuties(ReportingDuties duties) {
        return execution -> {
            CaseVariables vars = CaseVariables.of(execution);
            ReportingDuties.Decision decision = duties.decide(vars.caseId(), facts(vars, null));
            for (String flag : DUTY_FLAGS) {
                execution.setVariable(flag, false);
            }
            for (ReportingDuties.Duty duty : decision.opened()) {
                String flag = flagOf(duty.duty());
                if (flag != null) {
                    execution.setVariable(flag, true);
                }
            }
            writeSummary(execution, decision.all());
            execution.setVariable(REPORT_PENDING, true);
            if (!execution.hasVariable(CONSENT_RECORDED)) {
                execution.setVariable(CONSENT_RECORDED, false);
            }
        };
    }

    /** Once consent is recorded: the table again, with the answer; what it adds (a report with consent) opens now. */
    @Bean
    JavaDelegate decideConsentedReport(ReportingDuties duties) {
        return execution -> {
            CaseVariables vars = CaseVariables.of(execution);
            ReportingDuties.Decision decision = duties.decide(vars.caseId(), facts(vars, vars.flag(CONSENT_TO_REPORT)));
            for (String flag : DUTY_FLAGS) {
                execution.setVariable(flag, false);
            }
            execution.setVariable(DUTY_REPORT_WITH_CONSENT,
                    decision.opened().stream().anyMatch(d -> d.duty().reliesOnConsent()));
            writeSummary(execution, decision.all());
        };
    }

    /**
     * The decision step of case-lifecycle versions before reporting duties added up (one action, after consent):
     * kept so that cases still running on such a version finish. The most urgent duty is that version's action.
     */
    @Bean
    JavaDelegate decideReportingAction(ReportingDuties duties) {
        return execution -> {
            CaseVariables vars = CaseVariables.of(execution);
            List<ReportingDuties.Duty> all = duties.decide(vars.caseId(), facts(vars, vars.flag(CONSENT_TO_REPORT))).all();
            ReportingAction action = all.stream().map(ReportingDuties.Duty::duty)
                    .filter(d -> d != ReportingAction.NO_PROTOCOL_IN_PLACE && d != ReportingAction.INTERNATIONAL_LIAISON)
                    .findFirst().orElse(ReportingAction.REFERRAL_ONLY);
            execution.setVariable(REPORTING_ACTION, action.name());
            execution.setVariable(LEGAL_GROUND, all.stream().filter(d -> d.duty() == action)
                    .map(ReportingDuties.Duty::legalGround).findFirst().orElse(null));
            execution.setVariable(REPORT_PENDING, action.leadsToReport());
        };
    }

    static final List<String> DUTY_FLAGS = List.of(DUTY_EMERGENCY, DUTY_CHILD_PROTECTION,
            DUTY_DISCRETIONARY_CHILD_PROTECTION, DUTY_NO_PROTOCOL, DUTY_INTERNATIONAL_LIAISON, DUTY_INSUFFICIENT_DETAIL,
            DUTY_REPORT_WITH_CONSENT);

    private static String flagOf(ReportingAction duty) {
        return switch (duty) {
            case EMERGENCY -> DUTY_EMERGENCY;
            case MANDATORY_CHILD_PROTECTION -> DUTY_CHILD_PROTECTION;
            case DISCRETIONARY_CHILD_PROTECTION -> DUTY_DISCRETIONARY_CHILD_PROTECTION;
            case NO_PROTOCOL_IN_PLACE -> DUTY_NO_PROTOCOL;
            case INTERNATIONAL_LIAISON -> DUTY_INTERNATIONAL_LIAISON;
            case NO_REPORT_INSUFFICIENT_DETAIL -> DUTY_INSUFFICIENT_DETAIL;
            case REPORT_WITH_CONSENT, THIRD_PARTY_REPORT -> DUTY_REPORT_WITH_CONSENT;
            case REFERRAL_ONLY -> null;
        };
    }

    private static ReportingDuties.ReportingFacts facts(CaseVariables vars, Boolean consentToReport) {
        return new ReportingDuties.ReportingFacts(vars.flag(IMMINENT_DANGER), vars.string(MINOR_STATUS),
                vars.flag(DETAIL_SUFFICIENT), vars.string(CALLER_TYPE), consentToReport, vars.integer(INDICATOR_COUNT, 0),
                !"false".equals(vars.optionalString(PROTOCOL_IN_PLACE)),
                "ABROAD".equals(vars.optionalString(JURISDICTION)));
    }

    /** The most urgent duty, and the legal ground a new report may rest on without fresh consent. */
    private static void writeSummary(org.camunda.bpm.engine.delegate.DelegateExecution execution,
                                     List<ReportingDuties.Duty> all) {
        all.stream().findFirst().ifPresent(first -> execution.setVariable(REPORTING_ACTION, first.duty().name()));
        // Always set, null when there is none: the model's conditions read it ("legalGround == null").
        execution.setVariable(LEGAL_GROUND, all.stream().map(ReportingDuties.Duty::legalGround)
                .filter(g -> g != null && !g.endsWith("CONSENT") && !g.startsWith("DISCRETIONARY"))
                .findFirst().orElse(null));
    }
}
