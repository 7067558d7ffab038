package org.hotline.risk;

import static org.hotline.lifecycle.CaseLifecycle.Vars.*;

import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.Task;
import org.hotline.lifecycle.CaseVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The risk steps of the lifecycle: read the case id, call {@link RiskService}, write the routing facts back. */
@Configuration(proxyBeanMethods = false)
class RiskDelegates {

    @Bean
    JavaDelegate determineMinorStatus(RiskService risk) {
        return execution -> {
            MinorStatus status = risk.determineMinorStatus(CaseVariables.caseId(execution));
            execution.setVariable(MINOR_STATUS, status.name());
        };
    }

    @Bean
    JavaDelegate assessRisk(RiskService risk) {
        return execution -> {
            CaseVariables vars = CaseVariables.of(execution);
            RiskService.RiskOutcome outcome = risk.assess(vars.caseId(), vars.code(MINOR_STATUS, MinorStatus.class));
            write(execution, outcome);
        };
    }

    @Bean
    TaskListener riskConfirmation(RiskService risk, org.hotline.lifecycle.TaskDue taskDue) {
        return task -> {
            CaseVariables vars = CaseVariables.of(task.getExecution());
            RiskLevel confirmed = vars.code(RISK_LEVEL, RiskLevel.class);
            String note = vars.take("riskOverrideNote");
            RiskService.RiskOutcome outcome = risk.confirm(vars.caseId(), confirmed, note);
            write(task.getExecution(), outcome);
            // Consent and the reporting duties are open beside this task since intake: a higher level moves them up.
            TaskService tasks = task.getProcessEngineServices().getTaskService();
            Date due = outcome.raisedToCritical() ? taskDue.after(outcome.slaFirstAction()) : null;
            for (Task other : tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId()).list()) {
                if (other.getId().equals(task.getId())) {
                    continue;
                }
                if (other.getPriority() < outcome.taskPriority()) {
                    tasks.setPriority(other.getId(), outcome.taskPriority());
                }
                if (due != null && (other.getDueDate() == null || other.getDueDate().after(due))) {
                    tasks.setDueDate(other.getId(), due);
                }
            }
        };
    }

    private static void write(DelegateExecution execution, RiskService.RiskOutcome outcome) {
        execution.setVariable(RISK_LEVEL, outcome.riskLevel().name());
        execution.setVariable(SLA_FIRST_ACTION, outcome.slaFirstAction());
        execution.setVariable(TASK_PRIORITY, outcome.taskPriority());
        execution.setVariable(FOLLOW_UP_DELAY, outcome.followUpDelay());
        execution.setVariable(RISK_RAISED_TO_CRITICAL, outcome.raisedToCritical());
    }

}
