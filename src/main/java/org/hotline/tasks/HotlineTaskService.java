package org.hotline.tasks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.hotline.lifecycle.TaskForm;
import org.hotline.lifecycle.TaskForms;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Advocate and supervisor task lists over the engine's task service: claim, release, complete with the form's rules. */
@Service
@Transactional
public class HotlineTaskService {

    static final int URGENT_PRIORITY = 75;
    private static final int LIST_LIMIT = 200;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskForms forms;
    private final ObjectMapper json;
    private final Clock clock;

    HotlineTaskService(TaskService tasks, RuntimeService runtime, TaskForms forms,
                       ObjectMapper json, Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.forms = forms;
        this.json = json;
        this.clock = clock;
    }

    public enum View { MINE, GROUP, URGENT }

    @Transactional(readOnly = true)
    public List<TaskView> list(View view) {
        String user = CurrentUser.id();
        List<String> groups = CurrentUser.groups();
        TaskQuery query = tasks.createTaskQuery().active();
        switch (view) {
            case MINE -> query.taskAssignee(user);
            case GROUP -> {
                if (groups.isEmpty()) {
                    return List.of();
                }
                query.taskCandidateGroupIn(groups);
            }
            case URGENT -> {
                query.or().taskAssignee(user).taskCandidateGroupIn(groups.isEmpty() ? List.of("-") : groups)
                        .includeAssignedTasks().endOr()
                        .or().taskMinPriority(URGENT_PRIORITY).dueBefore(Date.from(clock.instant())).endOr();
            }
        }
        List<Task> found = query.orderByTaskPriority().desc().orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(0, LIST_LIMIT);
        return views(found);
    }

    @Transactional(readOnly = true)
    public List<TaskView> forProcessInstance(String processInstanceId) {
        return views(tasks.createTaskQuery().processInstanceId(processInstanceId)
                .orderByTaskPriority().desc().orderByDueDate().asc().list());
    }

    public void claim(String taskId) {
        Task task = require(taskId);
        String user = CurrentUser.id();
        if (user.equals(task.getAssignee())) {
            return;
        }
        mayWork(task);
        try {
            tasks.claim(taskId, user);
        } catch (TaskAlreadyClaimedException e) {
            throw ApiProblem.conflict("Task " + taskId + " is already claimed by " + e.getTaskAssignee());
        } catch (OptimisticLockingException e) {
            // Claimed by someone else in the same instant: report who won.
            Task now = tasks.createTaskQuery().taskId(taskId).singleResult();
            String holder = now == null || now.getAssignee() == null ? "another user" : now.getAssignee();
            throw ApiProblem.conflict("Task " + taskId + " is already claimed by " + holder);
        }
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

    private Task require(String taskId) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw ApiProblem.notFound("No open task " + taskId);
        }
        return task;
    }

    /** Advocates take tasks offered to their groups; supervisors may take over any task. */
    private void mayWork(Task task) {
        if (CurrentUser.hasRole("SUPERVISORS")) {
            return;
        }
        Set<String> groups = Set.copyOf(CurrentUser.groups());
        boolean candidate = tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && (groups.contains(link.getGroupId()) || CurrentUser.id().equals(link.getUserId())));
        if (!candidate) {
            throw ApiProblem.forbidden("Task " + task.getId() + " is not offered to your groups");
        }
    }

    private List<TaskView> views(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, String> caseNumbers = runtime.createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, pi -> pi.getBusinessKey() == null ? "" : pi.getBusinessKey()));
        Instant now = clock.instant();
        Map<String, List<String>> groupsByTask = new HashMap<>();
        for (Task task : found) {
            groupsByTask.put(task.getId(), tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).sorted().toList());
        }
        return found.stream().map(task -> new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                caseNumbers.get(task.getProcessInstanceId()), task.getPriority(),
                task.getDueDate() == null ? null : task.getDueDate().toInstant(), task.getAssignee(),
                groupsByTask.get(task.getId()),
                task.getDueDate() != null && task.getDueDate().toInstant().isBefore(now),
                task.getCreateTime().toInstant())).toList();
    }
}
