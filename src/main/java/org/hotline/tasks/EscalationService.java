package org.hotline.tasks;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.hotline.casefile.CaseAccess;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.CaseStatus;
import org.hotline.casefile.HotlineCase;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.lifecycle.CaseVariables;
import org.hotline.notification.Notification;
import org.hotline.notification.NotificationService;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.hotline.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Escalations to supervisors: asked for by an advocate, or raised when a first-action SLA is breached. */
@Service
@Transactional
public class EscalationService {

    private final CaseFileService cases;
    private final RuntimeService runtime;

    private final CaseAccess access;
    private final NotificationService notifications;

    EscalationService(CaseFileService cases, CaseAccess access, RuntimeService runtime,
                      NotificationService notifications) {
        this.cases = cases;
        this.access = access;
        this.runtime = runtime;
        this.notifications = notifications;
    }

    /** The reason may hold personal data: it goes to the case file, never into the process. */
    public void escalate(String caseNumber, String reason) {
        HotlineCase hotlineCase = cases.get(caseNumber);
        access.check(hotlineCase);
        if (hotlineCase.getStatus() != CaseStatus.OPEN) {
            throw ApiProblem.conflict("Case " + caseNumber + " is closed");
        }
        cases.note(hotlineCase.getId(), "ESCALATION_REQUESTED", "Escalation to a supervisor requested", reason);
        cases.participate(hotlineCase.getId(), CurrentUser.id());
        runtime.createMessageCorrelation(CaseLifecycle.MESSAGE_CASE_ESCALATED)
                .processInstanceId(hotlineCase.getProcessInstanceId())
                .correlate();
    }

    /**
     * Execution listener on the "Supervisor alerted" events: names the overdue task on the timeline and tells every
     * supervisor at once.
     */
    public ExecutionListener slaBreachRecorder() {
        return (DelegateExecution execution) -> {
            String overdue = "a task";
            String overdueKey = null;
            String overdueName = null;
            if (execution.getBpmnModelElementInstance() instanceof FlowNode node) {
                for (SequenceFlow incoming : node.getIncoming()) {
                    if (incoming.getSource() instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
                        overdueKey = boundary.getAttachedTo().getId();
                        overdueName = boundary.getAttachedTo().getName();
                        overdue = "\"" + overdueName + "\"";
                    }
                }
            }
            Object sla = execution.getVariable(CaseLifecycle.Vars.SLA_FIRST_ACTION);
            cases.record(CaseVariables.caseId(execution), "SLA_BREACHED",
                    "First action on " + overdue + " overdue (SLA " + sla + "); supervisors alerted");
            notifications.toGroup(Roles.SUPERVISORS, Notification.Kind.SLA_BREACHED, new NotificationService.About(
                    (String) execution.getVariable(CaseLifecycle.Vars.CASE_NUMBER), null, overdueKey, overdueName));
        };
    }
}
