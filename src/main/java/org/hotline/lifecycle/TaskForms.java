package org.hotline.lifecycle;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The deployed Camunda Form of a user task, read once per process definition and task: the same form that
 * Tasklist renders is what the API validates against and what the case file records.
 */
@Component
public class TaskForms {

    private final FormService formService;
    private final RepositoryService repositoryService;
    private final ObjectMapper json;
    private final Map<String, Optional<TaskForm>> cache = new ConcurrentHashMap<>();

    TaskForms(@Lazy FormService formService, @Lazy RepositoryService repositoryService, ObjectMapper json) {
        this.formService = formService;
        this.repositoryService = repositoryService;
        this.json = json;
    }

    public Optional<TaskForm> of(Task task) {
        return lookup(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getId());
    }

    public Optional<TaskForm> of(DelegateTask task) {
        return lookup(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), task.getId());
    }

    private Optional<TaskForm> lookup(String processDefinitionId, String taskDefinitionKey, String taskId) {
        String key = processDefinitionId + "/" + taskDefinitionKey;
        Optional<TaskForm> cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Optional<TaskForm> form = hasCamundaForm(processDefinitionId, taskDefinitionKey) ? load(taskId) : Optional.empty();
        cache.put(key, form);
        return form;
    }

    /** Asked first, so that a task without a form never makes the engine fail (and roll back) looking for one. */
    private boolean hasCamundaForm(String processDefinitionId, String taskDefinitionKey) {
        ModelElementInstance element = repositoryService.getBpmnModelInstance(processDefinitionId)
                .getModelElementById(taskDefinitionKey);
        return element instanceof UserTask task
                && task.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef") != null;
    }

    private Optional<TaskForm> load(String taskId) {
        try (InputStream in = formService.getDeployedTaskForm(taskId)) {
            return Optional.of(TaskForm.parse(json.readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("The form of task " + taskId + " cannot be read", e);
        }
    }
}
