package org.hotline.followup;

import static org.hotline.lifecycle.CaseLifecycle.Vars.CLOSURE_REASON;
import static org.hotline.lifecycle.CaseLifecycle.Vars.FOLLOW_UP_OUTCOME;
import static org.hotline.lifecycle.CaseLifecycle.Vars.UNREACHABLE_ATTEMPTS;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.delegate.TaskListener;
import java.util.List;
import org.hotline.casefile.CaseFileService;
import org.hotline.lifecycle.CaseLifecycle;
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

    /** Work that must not vanish with a closing case: a new contact not yet reviewed, an open escalation. */
    private static final List<String> MUST_FINISH_FIRST = List.of(CaseLifecycle.TASK_REVIEW_NEW_CONTACT,
            CaseLifecycle.TASK_REPORT_NEW_INFORMATION, CaseLifecycle.TASK_HANDLE_ESCALATION,
            CaseLifecycle.TASK_HANDLE_REQUESTED_ESCALATION);

    /** A case never closes over a report still to be made, nor over a new contact or escalation still open. */
    @Bean
    JavaDelegate closeCase(CaseFileService cases, ReportService reports) {
        return execution -> {
            CaseVariables vars = CaseVariables.of(execution);
            if (reports.hasPending(vars.caseId())) {
                throw ApiProblem.conflict("A report is still pending on this case: make it before closing the case");
            }
            // Every open task of the case, whoever may see it: the user completing the follow-up may not see the
            // supervisors' tasks, and a task query would leave out what they may not see.
            List<String> open = Context.getCommandContext().getTaskManager()
                    .findTasksByProcessInstanceId(execution.getProcessInstanceId()).stream()
                    .filter(task -> MUST_FINISH_FIRST.contains(task.getTaskDefinitionKey()))
                    .map(org.camunda.bpm.engine.task.Task::getName).toList();
            if (!open.isEmpty()) {
                throw ApiProblem.conflict("The case cannot close while these are open: " + String.join(", ", open));
            }
            String reason = vars.optionalString(CLOSURE_REASON);
            cases.close(vars.caseId(), reason == null ? "SERVICES_CONFIRMED" : reason);
        };
    }
}
