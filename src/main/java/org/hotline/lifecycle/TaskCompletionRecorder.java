package org.hotline.lifecycle;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hotline.casefile.CaseFileService;
import org.springframework.stereotype.Component;

/**
 * Runs after every user task of every process (added by {@link LifecycleEnginePlugin}), after the task's own
 * listeners: writes the completed task and its chosen codes to the case timeline, moves what the advocate typed
 * into the case file, and removes that free text from the process so that the engine's tables never hold it.
 */
@Component
class TaskCompletionRecorder implements TaskListener {

    static final String NOTE_SUFFIX = "Note";

    private final CaseFileService cases;
    private final TaskForms forms;

    TaskCompletionRecorder(CaseFileService cases, TaskForms forms) {
        this.cases = cases;
        this.forms = forms;
    }

    @Override
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        if (execution == null) {
            return;
        }
        TaskForm form = forms.of(task).orElse(null);
        if (!(execution.getVariable(CaseLifecycle.Vars.CASE_ID) instanceof Number)) {
            // Not a case: its own listeners kept what they needed; free text still leaves the process.
            if (form != null) {
                form.fields().stream().filter(TaskForm.Field::isFreeText).forEach(f -> execution.removeVariable(f.key()));
            }
            return;
        }
        Long caseId = CaseVariables.caseId(execution);
        if (form == null) {
            cases.record(caseId, "TASK_COMPLETED", task.getName());
            return;
        }
        List<String> choices = new ArrayList<>();
        String note = null;
        for (TaskForm.Field field : form.fields()) {
            Object value = execution.getVariable(field.key());
            if (field.isChoice() && value != null) {
                choices.add(field.key() + "=" + value);
            } else if (field.isFreeText()) {
                if (field.key().endsWith(NOTE_SUFFIX) && value != null && !value.toString().isBlank()) {
                    note = note == null ? value.toString() : note + "\n\n" + value;
                }
                execution.removeVariable(field.key());
            }
        }
        String detail = choices.isEmpty() ? task.getName() : task.getName() + ": " + String.join(", ", choices);
        cases.note(caseId, "TASK_COMPLETED", detail, note);
        cases.participate(caseId, task.getAssignee() == null ? org.hotline.security.CurrentUser.id() : task.getAssignee());
    }
}
