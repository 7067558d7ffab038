package org.hotline.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.lifecycle.TaskForm;
import org.hotline.lifecycle.TaskForms;
import org.hotline.notification.Notification;
import org.hotline.notification.NotificationService;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.hotline.security.Roles;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Advocate and supervisor task lists over the engine's task service: claim, release, complete with the form's rules. */
@Service
@Transactional
public class HotlineTaskService {

    static final int URGENT_PRIORITY = 75;
    /** The most tasks the supervisors' lists (overdue, escalations) show. */
    private static final int LIST_LIMIT = 200;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskForms forms;
    private final ObjectMapper json;
    private final Clock clock;
    private final NotificationService notifications;
    private final NamedParameterJdbcTemplate jdbc;
    private final ProcessEngineConfigurationImpl engine;

    HotlineTaskService(TaskService tasks, RuntimeService runtime, TaskForms forms, ObjectMapper json, Clock clock,
                       NotificationService notifications, NamedParameterJdbcTemplate jdbc,
                       ProcessEngineConfigurationImpl engine) {
        this.jdbc = jdbc;
        this.engine = engine;
        this.tasks = tasks;
        this.runtime = runtime;
        this.forms = forms;
        this.json = json;
        this.clock = clock;
        this.notifications = notifications;
    }

    public enum View { MINE, GROUP, URGENT }

    /** The most tasks one page of a list holds. */
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * One page of a task list and how many tasks the whole list holds, so that a page never passes for the whole list.
     * {@code first} counts from 0.
     */
    public record TaskPage(List<TaskView> tasks, long total, int first, int size) {

        public boolean hasNext() {
            return first + tasks.size() < total;
        }

        public boolean hasPrevious() {
            return first > 0;
        }
    }

    /** A page of my tasks, my groups' queue or urgent work, by priority, then due date, then age; and the total. */
    @Transactional(readOnly = true)
    public TaskPage page(View view, int first, int size) {
        if (first < 0) {
            throw ApiProblem.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw ApiProblem.invalid("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        String user = CurrentUser.id();
        List<String> groups = CurrentUser.groups();
        TaskQuery query = tasks.createTaskQuery().active();
        switch (view) {
            case MINE -> query.taskAssignee(user);
            case GROUP -> {
                if (groups.isEmpty()) {
                    return new TaskPage(List.of(), 0, first, size);
                }
                query.taskCandidateGroupIn(groups);
            }
            case URGENT -> {
                query.or().taskAssignee(user).taskCandidateGroupIn(groups.isEmpty() ? List.of("-") : groups)
                        .includeAssignedTasks().endOr()
                        .or().taskMinPriority(URGENT_PRIORITY).dueBefore(Date.from(clock.instant())).endOr();
            }
        }
        long total = query.count();
        List<Task> found = first >= total ? List.of() : query.orderByTaskPriority().desc().orderByDueDate().asc()
                .orderByTaskCreateTime().asc().listPage(first, size);
        return new TaskPage(views(found), total, first, size);
    }

    /** Every open task past its due date, the longest overdue first (the supervisor board). */
    @Transactional(readOnly = true)
    public List<TaskView> overdue() {
        return views(tasks.createTaskQuery().active().dueBefore(Date.from(clock.instant()))
                .orderByDueDate().asc().orderByTaskPriority().desc().listPage(0, LIST_LIMIT));
    }

    /** Open tasks of these definitions, most urgent first: the escalations on the supervisor board. */
    @Transactional(readOnly = true)
    public List<TaskView> ofDefinitions(String... taskDefinitionKeys) {
        return views(tasks.createTaskQuery().active().taskDefinitionKeyIn(taskDefinitionKeys)
                .orderByTaskPriority().desc().orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(0, LIST_LIMIT));
    }

    /** How many open tasks each of these users holds, and how many of them are overdue. */
    @Transactional(readOnly = true)
    public Map<String, Workload> workload(Collection<String> users) {
        Map<String, Workload> workload = new LinkedHashMap<>();
        Date now = Date.from(clock.instant());
        for (String user : users) {
            workload.put(user, new Workload(tasks.createTaskQuery().taskAssignee(user).count(),
                    tasks.createTaskQuery().taskAssignee(user).dueBefore(now).count()));
        }
        return workload;
    }

    public record Workload(long tasks, long overdue) {
    }

    /**
     * A supervisor hands a task to someone of the task's groups, or takes it over: the previous holder and the new
     * one are told.
     */
    public void assign(String taskId, String assignee, Predicate<String> isUser) {
        if (!CurrentUser.hasRole("SUPERVISORS")) {
            throw ApiProblem.forbidden("Only a supervisor hands tasks to someone else");
        }
        Task task = require(taskId);
        if (assignee == null || assignee.isBlank()) {
            throw ApiProblem.invalid("assignee", "must name a user");
        }
        if (!isUser.test(assignee)) {
            throw ApiProblem.invalid("assignee", "is not a user who may work this task");
        }
        String previous = task.getAssignee();
        if (assignee.equals(previous)) {
            return;
        }
        tasks.setAssignee(taskId, assignee);
        Object number = task.getExecutionId() == null ? null
                : runtime.getVariable(task.getExecutionId(), CaseLifecycle.Vars.CASE_NUMBER);
        String caseNumber = number instanceof String n ? n : null;
        var about = new NotificationService.About(caseNumber, task.getId(),
                task.getTaskDefinitionKey(), task.getName());
        notifications.toUser(previous, Notification.Kind.TASK_REASSIGNED, about, assignee);
        notifications.toUser(assignee, Notification.Kind.TASK_ASSIGNED, about, assignee);
    }

    /** The groups a task is offered to. */
    @Transactional(readOnly = true)
    public List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(require(taskId).getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    @Transactional(readOnly = true)
    public List<TaskView> forProcessInstance(String processInstanceId) {
        return views(tasks.createTaskQuery().processInstanceId(processInstanceId)
                .orderByTaskPriority().desc().orderByDueDate().asc().list());
    }

    public void claim(String taskId) {
        String user = CurrentUser.id();
        try {
            inOneCommand(() -> {
                Task task = require(taskId);
                if (user.equals(task.getAssignee())) {
                    return;
                }
                mayWork(task);
                tasks.claim(taskId, user);
            });
        } catch (TaskAlreadyClaimedException e) {
            throw new AlreadyClaimed(taskId, e.getTaskAssignee());
        } catch (OptimisticLockingException e) {
            // Claimed by someone else in the same instant: report who won.
            Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
            throw new AlreadyClaimed(taskId, now == null ? null : now.getAssignee());
        }
    }

    /** A 409: somebody else holds the task. */
    public static final class AlreadyClaimed extends ApiProblem {

        private final String holder;

        AlreadyClaimed(String taskId, String holder) {
            super(org.springframework.http.HttpStatus.CONFLICT, "conflict", "Conflict",
                    "Task " + taskId + " is already claimed by " + (holder == null ? "another user" : holder), List.of());
            this.holder = holder == null ? "another user" : holder;
        }

        public String holder() {
            return holder;
        }
    }

    /** An open task, or a 404. */
    @Transactional(readOnly = true)
    public Task task(String taskId) {
        return require(taskId);
    }

    public void unclaim(String taskId) {
        Task task = require(taskId);
        if (task.getAssignee() == null) {
            return;
        }
        if (!CurrentUser.id().equals(task.getAssignee()) && !CurrentUser.hasRole("SUPERVISORS")) {
            throw ApiProblem.forbidden("Task " + taskId + " is held by someone else; only a supervisor can release it");
        }
        tasks.setAssignee(taskId, null);
    }

    /** Completes a task the caller holds, with values checked against the task's form first. */
    public void complete(String taskId, Map<String, Object> submitted) {
        inOneCommand(() -> completeChecked(taskId, submitted));
    }

    private void completeChecked(String taskId, Map<String, Object> submitted) {
        Task task = require(taskId);
        if (!CurrentUser.id().equals(task.getAssignee())) {
            throw ApiProblem.forbidden(task.getAssignee() == null
                    ? "Claim task " + taskId + " before completing it"
                    : "Task " + taskId + " is held by " + task.getAssignee());
        }
        Map<String, Object> values = submitted == null ? Map.of() : submitted;
        TaskForm form = forms.of(task).orElse(null);
        VariableMap variables = Variables.createVariables();
        if (form != null) {
            FormValidator.validate(form, values, dynamicOptions(task, form));
            for (Map.Entry<String, Object> entry : values.entrySet()) {
                variables.put(entry.getKey(), typed(entry.getValue()));
            }
        } else if (!values.isEmpty()) {
            throw ApiProblem.invalid("variables", "this task has no form and takes no values");
        }
        tasks.complete(taskId, variables);
    }

    /**
     * Checks values submitted for a task against its form, wherever they come from (Tasklist included): only the
     * form's fields, each valid. A task without a form takes no values.
     */
    @Transactional(readOnly = true)
    public void checkSubmission(String taskId, Map<String, Object> values) {
        Task task = require(taskId);
        maySee(task);
        TaskForm form = forms.of(task).orElse(null);
        if (form == null) {
            if (!values.isEmpty()) {
                throw ApiProblem.invalid("variables", "this task has no form and takes no values");
            }
            return;
        }
        List<ApiProblem.FieldError> unknown = values.keySet().stream().filter(key -> form.field(key).isEmpty())
                .map(key -> new ApiProblem.FieldError("variables." + key, "is not a field of this task's form")).toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.invalid(unknown);
        }
        FormValidator.validate(form, values, dynamicOptions(task, form));
    }

    private Object typed(Object value) {
        if (value instanceof Collection<?> collection) {
            try {
                return SpinValues.jsonValue(json.writeValueAsString(collection)).create();
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw ApiProblem.invalid("variables", "could not be read");
            }
        }
        return value;
    }

    private Set<String> dynamicOptions(Task task, TaskForm form) {
        Set<String> options = new HashSet<>();
        for (TaskForm.Field field : form.fields()) {
            if (field.valuesKey() == null) {
                continue;
            }
            Object list = runtime.getVariable(task.getExecutionId(), field.valuesKey());
            if (list instanceof SpinJsonNode node && node.isArray()) {
                node.elements().forEach(option -> options.add(option.hasProp("value")
                        ? option.prop("value").stringValue() : option.stringValue()));
            }
        }
        return options;
    }

    /**
     * Runs the engine calls of one step in one engine command: the task, its execution and variables that the checks
     * read stay in the command's cache for the claim or completion that follows, instead of each engine call opening
     * a command of its own and reading them again. The step's rules and the engine's own checks are unchanged.
     */
    private void inOneCommand(Runnable step) {
        engine.getCommandExecutorTxRequired().execute((Command<Void>) commandContext -> {
            step.run();
            return null;
        });
    }

    /**
     * The open task, else a 404. Read by its id in the command under way, whose cache then holds it for the claim or
     * completion that follows (a task query would find the same task at several times the cost: its SQL is built
     * anew each time). Where the engine knows the user as logged in, the engine's own rule for reading a task
     * applies, as for {@code GET /task/{id}}: a task they may not read is one that does not exist, for them. The
     * hotline's API, and the check of Tasklist's submissions (which runs before the engine's login), log no user in
     * to the engine: there each step checks its own rules ({@link #maySee}, offered to the user's groups, held by the
     * user, the case readable).
     */
    private Task require(String taskId) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return engine.getCommandExecutorTxRequired().execute(commandContext -> require(taskId));
        }
        TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            throw ApiProblem.notFound("No open task " + taskId);
        }
        try {
            for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
                checker.checkReadTask(task);
            }
        } catch (AuthorizationException e) {
            throw ApiProblem.notFound("No open task " + taskId);
        }
        return task;
    }

    /** Advocates take tasks offered to their groups; supervisors may take over any task. */
    private void mayWork(Task task) {
        if (!CurrentUser.hasRole(Roles.SUPERVISOR) && !offeredToCurrentUser(task)) {
            throw ApiProblem.forbidden("Task " + task.getId() + " is not offered to your groups");
        }
    }

    /**
     * Whether the current user may see the task: a supervisor or administrator, its holder or owner, or someone it is
     * offered to (themselves or one of their groups). For anyone else it does not exist: a 404, before its form is
     * checked, so that neither the task nor its form's choices show through.
     */
    private void maySee(Task task) {
        String user = CurrentUser.id();
        if (CurrentUser.hasRole(Roles.SUPERVISOR) || CurrentUser.hasRole(Roles.ADMIN)
                || user.equals(task.getAssignee()) || user.equals(task.getOwner()) || offeredToCurrentUser(task)) {
            return;
        }
        throw ApiProblem.notFound("No open task " + task.getId());
    }

    private boolean offeredToCurrentUser(Task task) {
        Set<String> groups = Set.copyOf(CurrentUser.groups());
        // In the claim's command: the task's links, read once, as the engine reads them for the claim.
        List<? extends IdentityLink> links = task instanceof TaskEntity entity && Context.getCommandContext() != null
                ? entity.getIdentityLinks() : tasks.getIdentityLinksForTask(task.getId());
        return links.stream().anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                && (groups.contains(link.getGroupId()) || CurrentUser.id().equals(link.getUserId())));
    }

    private Map<String, String> caseNumbers(List<Task> found) {
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId)
                .filter(Objects::nonNull).collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, pi -> pi.getBusinessKey() == null ? "" : pi.getBusinessKey()));
    }

    /**
     * The candidate groups of these tasks in one read of the engine's identity links (not one engine command per
     * task: a list of 200 tasks took 150 ms that way).
     */
    private Map<String, List<String>> candidateGroups(List<Task> found) {
        Map<String, List<String>> groups = new HashMap<>();
        found.forEach(task -> groups.put(task.getId(), new ArrayList<>()));
        jdbc.query("select task_id_, group_id_ from act_ru_identitylink where type_ = :type"
                        + " and group_id_ is not null and task_id_ in (:tasks)",
                Map.of("type", IdentityLinkType.CANDIDATE, "tasks", groups.keySet()),
                (RowCallbackHandler) row -> groups.get(row.getString(1)).add(row.getString(2)));
        groups.values().forEach(Collections::sort);
        return groups;
    }

    private List<TaskView> views(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<String, String> caseNumbers = caseNumbers(found);
        Instant now = clock.instant();
        Map<String, List<String>> groupsByTask = candidateGroups(found);
        return found.stream().map(task -> new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                caseNumbers.get(task.getProcessInstanceId()), task.getPriority(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee(),
                groupsByTask.get(task.getId()),
                task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now),
                task.getCreateTime().toInstant())).toList();
    }
}
