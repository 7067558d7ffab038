package org.hotline.tasks;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.lifecycle.TaskEventListener;
import org.springframework.stereotype.Component;

/**
 * Copies the case number and risk level onto each new task of a case, as task variables of their own names: Tasklist
 * shows them in its lists to whoever may read the task, without the right to read the whole case instance. Named
 * apart from the process variables so that completing a form never writes to the copies instead.
 */
@Component
class TaskListColumns implements TaskEventListener {

    static final String CASE_NUMBER = "listCaseNumber";
    static final String RISK_LEVEL = "listRiskLevel";

    @Override
    public String eventName() {
        return TaskListener.EVENTNAME_CREATE;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getExecution() == null) {
            return;
        }
        Object caseNumber = task.getExecution().getVariable(CaseLifecycle.Vars.CASE_NUMBER);
        if (caseNumber instanceof String number) {
            task.setVariableLocal(CASE_NUMBER, number);
            Object risk = task.getExecution().getVariable(CaseLifecycle.Vars.RISK_LEVEL);
            task.setVariableLocal(RISK_LEVEL, risk == null ? "" : risk.toString());
        }
    }
}
