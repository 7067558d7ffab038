package org.hotline.tasks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotline.lifecycle.TaskForm;
import org.hotline.platform.ApiProblem;
import org.hotline.platform.ApiProblem.FieldError;

/** Checks submitted values against the task's Camunda Form: the rules Tasklist applies, applied to the API too. */
final class FormValidator {

    private FormValidator() {
    }

    static void validate(TaskForm form, Map<String, Object> values, Set<String> dynamicOptions) {
        List<FieldError> errors = new ArrayList<>();
        for (String key : values.keySet()) {
            if (form.field(key).isEmpty()) {
                errors.add(new FieldError("variables." + key, "is not a field of the form " + form.id()));
            }
        }
        for (TaskForm.Field field : form.fields()) {
            String name = "variables." + field.key();
            Object value = values.get(field.key());
            boolean blank = value == null || (value instanceof String s && s.isBlank())
                    || (value instanceof Collection<?> c && c.isEmpty());
            if (field.required() && (blank || (field.type().equals("checkbox") && Boolean.FALSE.equals(value)))) {
                errors.add(new FieldError(name, field.type().equals("checkbox")
                        ? "must be checked: " + field.label() : "is required: " + field.label()));
                continue;
            }
            if (value == null) {
                continue;
            }
            switch (field.type()) {
                case "checkbox" -> {
                    if (!(value instanceof Boolean)) {
                        errors.add(new FieldError(name, "must be true or false"));
                    }
                }
                case "number" -> {
                    if (!(value instanceof Number number)) {
                        errors.add(new FieldError(name, "must be a number"));
                    } else if ((field.min() != null && number.doubleValue() < field.min())
                            || (field.max() != null && number.doubleValue() > field.max())) {
                        errors.add(new FieldError(name, "is out of range"));
                    }
                }
                case "select", "radio" -> {
                    Set<String> allowed = field.valuesKey() != null ? dynamicOptions : new HashSet<>(field.values());
                    if (!(value instanceof String code)) {
                        errors.add(new FieldError(name, "must be one of " + allowed));
                    } else if (!allowed.contains(code)) {
                        errors.add(new FieldError(name, "unknown code; expected one of " + allowed));
                    }
                }
                case "checklist" -> {
                    if (!(value instanceof Collection<?> items) || !items.stream().allMatch(String.class::isInstance)) {
                        errors.add(new FieldError(name, "must be an array of codes"));
                    } else {
                        Set<String> allowed = field.valuesKey() != null ? dynamicOptions : new HashSet<>(field.values());
                        for (Object item : items) {
                            if (!allowed.contains(item)) {
                                errors.add(new FieldError(name, "unknown option " + item));
                            }
                        }
                    }
                }
                default -> {
                    if (!(value instanceof String text)) {
                        errors.add(new FieldError(name, "must be text"));
                    } else if (field.maxLength() != null && text.length() > field.maxLength()) {
                        errors.add(new FieldError(name, "must be at most " + field.maxLength() + " characters"));
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }
}
