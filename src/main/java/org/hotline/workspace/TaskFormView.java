package org.hotline.workspace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;
import org.hotline.lifecycle.TaskForm;
import org.hotline.lifecycle.TaskForms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The Camunda Form of a task drawn on the server, in the reader's language: the same fields, options and rules that
 * Tasklist shows, with labels from {@code messages_en} / {@code messages_fr} ({@code form.<formId>.<key>.label}) and
 * the form's own text where a label has no translation.
 */
@Component
class TaskFormView {

    private final TaskForms forms;
    private final TaskService tasks;
    private final MessageSource messages;

    TaskFormView(TaskForms forms, TaskService tasks, MessageSource messages) {
        this.forms = forms;
        this.tasks = tasks;
        this.messages = messages;
    }

    record Option(String value, String label, boolean selected) {
    }

    /** A field of one task's form; its element ids carry the task id, as one page may show two forms alike. */
    record FieldView(String taskId, String key, String type, String label, String description, boolean required,
                     Integer maxLength, List<Option> options, String value, boolean checked, String error) {

        public String inputId() {
            return "field-" + taskId + "-" + key;
        }

        public String descriptionId() {
            return inputId() + "-description";
        }

        public String errorId() {
            return inputId() + "-error";
        }
    }

    /** A text block (already HTML, escaped) or a field. */
    record PartView(String html, FieldView field) {
    }

    record FormView(String taskId, String formId, List<PartView> parts) {
    }

    /**
     * The task's form with the values to show: what was just submitted when it was refused, else the process's
     * current values for the form's keys (the level the risk table suggested, for example).
     */
    FormView of(Task task, MultiValueMap<String, String> submitted, Map<String, String> errors, Locale locale) {
        TaskForm form = forms.of(task).orElse(null);
        if (form == null) {
            return new FormView(task.getId(), null, List.of());
        }
        List<String> keys = new ArrayList<>();
        form.fields().forEach(f -> {
            keys.add(f.key());
            if (f.valuesKey() != null) {
                keys.add(f.valuesKey());
            }
        });
        Map<String, Object> current = tasks.getVariables(task.getId(), keys);
        List<PartView> parts = new ArrayList<>();
        for (TaskForm.Part part : form.parts()) {
            if (part instanceof TaskForm.Text text) {
                parts.add(new PartView(Markdown.toHtml(message("form." + form.id() + "." + text.id(), text.markdown(),
                        locale)), null));
            } else if (part instanceof TaskForm.Field field) {
                parts.add(new PartView(null, field(task.getId(), form, field, current, submitted, errors, locale)));
            }
        }
        return new FormView(task.getId(), form.id(), parts);
    }

    private FieldView field(String taskId, TaskForm form, TaskForm.Field field, Map<String, Object> current,
                            MultiValueMap<String, String> submitted, Map<String, String> errors, Locale locale) {
        String prefix = "form." + form.id() + "." + field.key();
        List<String> chosen;
        if (submitted != null) {
            chosen = submitted.getOrDefault(field.key(), List.of());
        } else {
            chosen = values(current.get(field.key()));
        }
        Set<String> selected = Set.copyOf(chosen);
        List<Option> options = new ArrayList<>();
        Map<String, String> offered = new LinkedHashMap<>(field.optionLabels());
        if (field.valuesKey() != null) {
            offered.putAll(dynamicOptions(current.get(field.valuesKey())));
        }
        offered.forEach((value, label) -> options.add(new Option(value,
                field.valuesKey() == null ? message(prefix + ".option." + value, label, locale) : label,
                selected.contains(value))));
        String value = chosen.isEmpty() ? null : chosen.get(0);
        boolean checked = "true".equals(value);
        return new FieldView(taskId, field.key(), field.type(), message(prefix + ".label", field.label(), locale),
                field.description() == null ? null : message(prefix + ".description", field.description(), locale),
                field.required(), field.maxLength(), options, value, checked, error(errors.get(field.key()), field, locale));
    }

    /**
     * The values a form post carries, typed as the form's fields expect: a ticked checkbox is {@code true} and an
     * unticked one {@code false}, a checklist is a list, an empty text or choice is left out.
     */
    Map<String, Object> values(Task task, MultiValueMap<String, String> submitted) {
        TaskForm form = forms.of(task).orElse(null);
        Map<String, Object> values = new LinkedHashMap<>();
        if (form == null) {
            return values;
        }
        for (TaskForm.Field field : form.fields()) {
            List<String> posted = submitted.getOrDefault(field.key(), List.of());
            switch (field.type()) {
                case "checkbox" -> values.put(field.key(), posted.contains("true"));
                case "checklist" -> values.put(field.key(), List.copyOf(posted));
                default -> {
                    if (!posted.isEmpty() && !posted.get(0).isBlank()) {
                        values.put(field.key(), posted.get(0));
                    }
                }
            }
        }
        return values;
    }

    private static Map<String, String> dynamicOptions(Object list) {
        Map<String, String> options = new LinkedHashMap<>();
        if (list instanceof SpinJsonNode node && node.isArray()) {
            node.elements().forEach(option -> {
                if (option.hasProp("value")) {
                    options.put(option.prop("value").stringValue(),
                            option.hasProp("label") ? option.prop("label").stringValue() : option.prop("value").stringValue());
                } else {
                    options.put(option.stringValue(), option.stringValue());
                }
            });
        }
        return options;
    }

    private static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof SpinJsonNode node && node.isArray()) {
            List<String> list = new ArrayList<>();
            node.elements().forEach(e -> list.add(e.isString() ? e.stringValue() : e.toString()));
            return list;
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** The validator's reason, in the reader's language: what is wrong, not how the API words it. */
    private String error(String reason, TaskForm.Field field, Locale locale) {
        if (reason == null) {
            return null;
        }
        String key;
        Object[] args = null;
        if (reason.startsWith("must be checked")) {
            key = "form.error.checked";
        } else if (reason.startsWith("is required")) {
            key = "form.error.required";
        } else if (reason.startsWith("must be at most")) {
            key = "form.error.tooLong";
            args = new Object[] {field.maxLength()};
        } else if (reason.startsWith("say why the risk is lower")) {
            key = "form.error.lowerRiskReason";
        } else if (reason.startsWith("must be one of") || reason.startsWith("unknown")) {
            key = "form.error.option";
        } else {
            key = "form.error.invalid";
        }
        return messages.getMessage(key, args, reason, locale);
    }

    private String message(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
