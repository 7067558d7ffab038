package org.hotline.followup;

import static org.hotline.lifecycle.CaseLifecycle.Vars.CLOSURE_REASON;
import static org.hotline.lifecycle.CaseLifecycle.Vars.FOLLOW_UP_OUTCOME;
import static org.hotline.lifecycle.CaseLifecycle.Vars.UNREACHABLE_ATTEMPTS;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hotline.casefile.CaseFileService;
import org.hotline.platform.ApiProblem;
import org.hotline.referral.ReportService;
import org.hotline.lifecycle.CaseVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FollowUpDelegates {

    @Bean
    TaskListener followUpRecording(FollowUpService followUps) {
        return task -> {
            CaseVariables vars = CaseVariables.of(task.getExecution());
            String outcome = vars.string(FOLLOW_UP_OUTCOME);
            int unreachable = followUps.record(vars.caseId(), outcome);
            task.getExecution().setVariable(UNREACHABLE_ATTEMPTS, unreachable);
            task.getExecution().setVariable(CLOSURE_REASON, FollowUpService.closureReason(outcome, unreachable));
        };
    }

    /** A case never closes over a report still to be made. */
    @Bean
    JavaDelegate closeCase(CaseFileService cases, ReportService reports) {
        return execution -> {
            CaseVariables vars = CaseVariables.of(execution);
            if (reports.hasPending(vars.caseId())) {
                throw ApiProblem.conflict("A report is still pending on this case: make it before closing the case");
            }
            String reason = vars.optionalString(CLOSURE_REASON);
            cases.close(vars.caseId(), reason == null ? "SERVICES_CONFIRMED" : reason);
        };
    }
}
