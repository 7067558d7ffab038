package org.hotline.tasks;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.hotline.casefile.CaseFileService;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.platform.ApiProblem;
import org.hotline.platform.SafeToShow;
import org.hotline.security.CurrentUser;
import org.hotline.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Steps that failed on every try: the engine's incidents, as the supervisor board shows them, and the retry a
 * supervisor asks for once the cause is fixed (the gateway is back, say). Cockpit shows the same incidents.
 */
@Service
@Transactional
public class StepIncidents {

    private static final int MAX_SHOWN = 100;

    /**
     * A step that stopped: which case, which step, since when and why. The reason is the failure's message when its
     * exception is {@link SafeToShow}; otherwise none (it could quote data), and Cockpit has the details.
     */
    public record StepIncident(String id, String caseNumber, String step, String stepId, String message,
                               Instant since) {
    }

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;
    private final CaseFileService cases;
    private final Clock clock;

    StepIncidents(RuntimeService runtime, ManagementService management, RepositoryService repository,
                  CaseFileService cases, Clock clock) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<StepIncident> open() {
        List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().asc()
                .listPage(0, MAX_SHOWN);
        Map<String, String> caseNumbers = new HashMap<>();
        if (!incidents.isEmpty()) {
            for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(
                    new HashSet<>(incidents.stream().map(Incident::getProcessInstanceId).toList())).list()) {
                caseNumbers.put(instance.getId(), instance.getBusinessKey());
            }
        }
        return incidents.stream().map(incident -> new StepIncident(incident.getId(),
                caseNumbers.get(incident.getProcessInstanceId()),
                stepName(incident.getProcessDefinitionId(), incident.getActivityId()), incident.getActivityId(),
                shownReason(incident), incident.getIncidentTimestamp().toInstant())).toList();
    }

    private String shownReason(Incident incident) {
        if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
            return null;
        }
        String trace;
        try {
            trace = management.getJobExceptionStacktrace(incident.getConfiguration());
        } catch (ProcessEngineException gone) {
            return null;
        }
        int end = trace == null ? -1 : trace.indexOf(':');
        if (end < 0) {
            return null;
        }
        try {
            Class<?> type = Class.forName(trace.substring(0, end).strip(), false, getClass().getClassLoader());
            return SafeToShow.class.isAssignableFrom(type) ? incident.getIncidentMessage() : null;
        } catch (ClassNotFoundException | LinkageError unknown) {
            return null;
        }
    }

    /** Gives a failed job one more try, now; the case's timeline says who asked. */
    public void retry(String incidentId) {
        if (!CurrentUser.hasRole(Roles.SUPERVISOR)) {
            throw ApiProblem.forbidden("Only supervisors retry a failed step");
        }
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            throw ApiProblem.notFound("No open incident " + incidentId);
        }
        if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())) {
            throw ApiProblem.conflict("Incident " + incidentId + " is not a failed step; resolve it in Cockpit");
        }
        String jobId = incident.getConfiguration();
        management.setJobRetries(jobId, 1);
        management.setJobDuedate(jobId, Date.from(clock.instant()));
        Long caseId = caseId(incident.getExecutionId());
        if (caseId != null) {
            cases.record(caseId, "STEP_RETRIED", CurrentUser.id() + " asked to try \""
                    + stepName(incident.getProcessDefinitionId(), incident.getActivityId()) + "\" again");
        }
    }

    private Long caseId(String executionId) {
        Object id = executionId == null ? null : runtime.getVariable(executionId, CaseLifecycle.Vars.CASE_ID);
        return id instanceof Number n ? n.longValue() : null;
    }

    private String stepName(String processDefinitionId, String activityId) {
        FlowElement element = activityId == null ? null
                : repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        return element == null || element.getName() == null ? activityId : element.getName();
    }
}
