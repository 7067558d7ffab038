package org.hotline.tasks;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.lifecycle.TaskEventListener;
import org.hotline.notification.Notification;
import org.hotline.notification.NotificationService;
import org.hotline.security.Roles;
import org.springframework.stereotype.Component;

/**
 * Supervisors hear at once of every new task offered to them: an urgent review, an escalation an advocate asked
 * for, an approval. The escalation raised by a breached SLA is announced by the breach itself.
 */
@Component
class TaskNotifier implements TaskEventListener {

    private static final Set<String> ANNOUNCED_BY_SLA_BREACH = Set.of(CaseLifecycle.TASK_HANDLE_ESCALATION);

    private final NotificationService notifications;

    TaskNotifier(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public String eventName() {
        return TaskListener.EVENTNAME_CREATE;
    }

    @Override
    public void notify(DelegateTask task) {
        boolean forSupervisors = task.getCandidates().stream().anyMatch(link ->
                IdentityLinkType.CANDIDATE.equals(link.getType()) && Roles.SUPERVISORS.equals(link.getGroupId()));
        if (!forSupervisors || ANNOUNCED_BY_SLA_BREACH.contains(task.getTaskDefinitionKey())) {
            return;
        }
        Notification.Kind kind = CaseLifecycle.TASK_HANDLE_REQUESTED_ESCALATION.equals(task.getTaskDefinitionKey())
                ? Notification.Kind.ESCALATION_REQUESTED : Notification.Kind.SUPERVISOR_TASK;
        // Only a case's tasks name a case: a protocol's review is about no caller.
        Object caseNumber = task.getExecution() == null ? null
                : task.getExecution().getVariable(CaseLifecycle.Vars.CASE_NUMBER);
        notifications.toGroup(Roles.SUPERVISORS, kind, new NotificationService.About(
                caseNumber instanceof String number ? number : null, task.getId(), task.getTaskDefinitionKey(),
                task.getName()));
    }
}
