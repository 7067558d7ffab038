package org.hotline.consent;

import static org.hotline.lifecycle.CaseLifecycle.Vars.*;

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

    @Bean
    JavaDelegate decideReportingAction(ConsentService consents) {
        return execution -> {
            CaseVariables vars = CaseVariables.of(execution);
            ConsentService.ReportingDecision decision = consents.decideReportingAction(vars.caseId(), new ConsentService.ReportingFacts(
                    vars.flag(IMMINENT_DANGER), vars.string(MINOR_STATUS), vars.flag(DETAIL_SUFFICIENT),
                    vars.string(CALLER_TYPE), vars.flag(CONSENT_TO_REPORT), vars.integer(INDICATOR_COUNT, 0)));
            execution.setVariable(REPORTING_ACTION, decision.action().name());
            execution.setVariable(LEGAL_GROUND, decision.legalGround());
            execution.setVariable(REPORT_PENDING, decision.action().leadsToReport());
        };
    }
}
