package org.hotline.tasks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.hotline.lifecycle.TaskDue;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.CaseStatus;
import org.hotline.casefile.HotlineCase;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.platform.ApiProblem;
import org.hotline.risk.RiskLevel;
import org.hotline.risk.RiskService;
import org.hotline.security.CurrentUser;
import org.hotline.security.Roles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a supervisor watches over the whole line, and what they may do about it. */
@Service
@Transactional
public class SupervisorService {

    private static final int BOARD_CASES = 100;

    private final CaseFileService cases;
    private final HotlineTaskService tasks;
    private final TaskService engineTasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final RiskService risk;
    private final ManagementService management;
    private final RepositoryService repository;
    private final TaskDue taskDue;
    private final StepIncidents incidents;

    SupervisorService(CaseFileService cases, HotlineTaskService tasks, TaskService engineTasks, RuntimeService runtime,
                      IdentityService identity, RiskService risk, ManagementService management,
                      RepositoryService repository, TaskDue taskDue, StepIncidents incidents) {
        this.incidents = incidents;
        this.management = management;
        this.repository = repository;
        this.taskDue = taskDue;
        this.cases = cases;
        this.tasks = tasks;
        this.engineTasks = engineTasks;
        this.runtime = runtime;
        this.identity = identity;
        this.risk = risk;
    }

    /** A province or territory code, or outside Canada the country's ISO code in {@code country}. */
    public record UrgentCase(String caseNumber, String riskLevel, String province, String country, String municipality,
                             java.time.Instant openedAt, List<TaskView> activeTasks) {
    }

    public record StaffMember(String id, String name, String group, long tasks, long overdue) {
    }

    public record Board(List<UrgentCase> urgentCases, List<TaskView> escalations, List<TaskView> overdue,
                        List<StaffMember> staff, List<StepIncidents.StepIncident> incidents) {
    }

    @Transactional(readOnly = true)
    public Board board() {
        requireSupervisor();
        List<UrgentCase> urgent = new ArrayList<>();
        for (RiskLevel level : List.of(RiskLevel.CRITICAL, RiskLevel.HIGH)) {
            for (HotlineCase c : cases.search(CaseStatus.OPEN, level.name(), null, null, 0, BOARD_CASES)) {
                urgent.add(new UrgentCase(c.getCaseNumber(), c.getRiskLevel(),
                        c.getProvince() == null ? null : c.getProvince().name(), c.getCountry(), c.getMunicipality(), c.getOpenedAt(), c.getProcessInstanceId() == null ? List.of()
                        : tasks.forProcessInstance(c.getProcessInstanceId())));
            }
        }
        return new Board(urgent,
                tasks.ofDefinitions(CaseLifecycle.TASK_HANDLE_ESCALATION, CaseLifecycle.TASK_HANDLE_REQUESTED_ESCALATION),
                tasks.overdue(), staff(), incidents.open());
    }

    /** Advocates and supervisors with how many tasks each holds. */
    @Transactional(readOnly = true)
    public List<StaffMember> staff() {
        Map<String, StaffMember> staff = new LinkedHashMap<>();
        for (String group : List.of(Roles.ADVOCATES, Roles.SUPERVISORS)) {
            List<User> members = identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list();
            Map<String, HotlineTaskService.Workload> load = tasks.workload(members.stream().map(User::getId).toList());
            for (User user : members) {
                HotlineTaskService.Workload work = load.get(user.getId());
                staff.putIfAbsent(user.getId(), new StaffMember(user.getId(), name(user), group, work.tasks(),
                        work.overdue()));
            }
        }
        return List.copyOf(staff.values());
    }

    /** Hands a task to a member of one of its groups (a supervisor may hold any task). */
    public void reassign(String taskId, String assignee) {
        requireSupervisor();
        List<String> groups = tasks.candidateGroups(taskId);
        tasks.assign(taskId, assignee, user -> identity.createUserQuery().userId(user).count() > 0
                && (identity.createUserQuery().userId(user).memberOfGroup(Roles.SUPERVISORS).count() > 0
                || groups.stream().anyMatch(g -> identity.createUserQuery().userId(user).memberOfGroup(g).count() > 0)));
    }

    /** Raises a case's risk level: the new level, its SLA and its priority apply to the case's open tasks. */
    public void raiseRisk(String caseNumber, RiskLevel level, String reason) {
        requireSupervisor();
        if (level == null) {
            throw ApiProblem.invalid("riskLevel", "is required: one of LOW, MODERATE, HIGH, CRITICAL");
        }
        HotlineCase hotlineCase = cases.get(caseNumber);
        if (hotlineCase.getStatus() != CaseStatus.OPEN || hotlineCase.getProcessInstanceId() == null) {
            throw ApiProblem.conflict("Case " + caseNumber + " is closed");
        }
        RiskService.RiskOutcome outcome = risk.raise(hotlineCase.getId(), level, reason);
        runtime.setVariables(hotlineCase.getProcessInstanceId(), Variables.createVariables()
                .putValue(CaseLifecycle.Vars.RISK_LEVEL, outcome.riskLevel().name())
                .putValue(CaseLifecycle.Vars.SLA_FIRST_ACTION, outcome.slaFirstAction())
                .putValue(CaseLifecycle.Vars.TASK_PRIORITY, outcome.taskPriority()));
        // The new level's deadline runs from now: open tasks due later, and their SLA timers, are brought forward.
        Date due = taskDue.after(outcome.slaFirstAction());
        for (Task task : engineTasks.createTaskQuery().processInstanceId(hotlineCase.getProcessInstanceId()).list()) {
            if (task.getPriority() < outcome.taskPriority()) {
                engineTasks.setPriority(task.getId(), outcome.taskPriority());
            }
            engineTasks.setVariableLocal(task.getId(), TaskListColumns.RISK_LEVEL, outcome.riskLevel().name());
            if (task.getDueDate() == null || task.getDueDate().after(due)) {
                engineTasks.setDueDate(task.getId(), due);
            }
            for (String timer : slaTimers(task)) {
                for (Job job : management.createJobQuery().processInstanceId(task.getProcessInstanceId())
                        .activityId(timer).timers().list()) {
                    if (job.getDuedate() == null || job.getDuedate().after(due)) {
                        management.setJobDuedate(job.getId(), due);
                    }
                }
            }
        }
        cases.participate(hotlineCase.getId(), CurrentUser.id());
    }

    /** The timer boundary events on a task: its first-action SLA. */
    private List<String> slaTimers(Task task) {
        return repository.getBpmnModelInstance(task.getProcessDefinitionId()).getModelElementsByType(BoundaryEvent.class)
                .stream()
                .filter(b -> b.getAttachedTo() != null && b.getAttachedTo().getId().equals(task.getTaskDefinitionKey()))
                .filter(b -> b.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance))
                .map(BoundaryEvent::getId).toList();
    }

    private static String name(User user) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).trim();
        return name.isEmpty() ? user.getId() : name;
    }

    private static void requireSupervisor() {
        if (!CurrentUser.hasRole(Roles.SUPERVISOR)) {
            throw ApiProblem.forbidden("Only supervisors see the whole line");
        }
    }
}
