package org.hotline.tasks;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hotline.casefile.CaseFileService;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.lifecycle.CaseVariables;
import org.hotline.lifecycle.TaskEventListener;
import org.hotline.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who holds each task of a case, on its timeline: taken, handed to someone by a supervisor, or given back to the
 * queue. Whichever way it happens: the workspace, the API or Tasklist.
 */
@Component
class TaskAssignmentRecorder implements TaskEventListener {

    private final CaseFileService cases;

    TaskAssignmentRecorder(CaseFileService cases) {
        this.cases = cases;
    }

    @Override
    public String eventName() {
        return TaskListener.EVENTNAME_ASSIGNMENT;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null || !(execution.getVariable(CaseLifecycle.Vars.CASE_ID) instanceof Number)) {
            return;
        }
        String assignee = task.getAssignee();
        String actor = CurrentUser.id();
        String detail;
        if (assignee == null) {
            detail = "\"" + task.getName() + "\" given back to the queue";
        } else if (assignee.equals(actor)) {
            detail = "\"" + task.getName() + "\" taken by " + assignee;
        } else {
            detail = "\"" + task.getName() + "\" assigned to " + assignee + " by " + actor;
        }
        cases.record(CaseVariables.caseId(execution), assignee == null ? "TASK_RELEASED" : "TASK_ASSIGNED", detail);
    }
}
