package org.hotline.lifecycle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/** Typed access to the lifecycle's process variables, one place for their names and types. */
public final class CaseVariables {

    private final VariableScope scope;

    private CaseVariables(VariableScope scope) {
        this.scope = scope;
    }

    public static CaseVariables of(VariableScope scope) {
        return new CaseVariables(scope);
    }

    public static Long caseId(VariableScope scope) {
        return of(scope).caseId();
    }

    public Long caseId() {
        Object value = scope.getVariable(CaseLifecycle.Vars.CASE_ID);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("The process has no caseId");
        }
        return number.longValue();
    }

    public String string(String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw new IllegalStateException("The process variable " + name + " is missing");
        }
        return value.toString();
    }

    public String optionalString(String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** Reads a free-text value that the caller's service keeps in the case file, and removes it from the process. */
    public String take(String name) {
        String value = optionalString(name);
        scope.removeVariable(name);
        return value;
    }

    public boolean flag(String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }

    public int integer(String name, int absent) {
        Object value = scope.getVariable(name);
        return value instanceof Number n ? n.intValue() : absent;
    }

    /** A list of strings, whether it arrived as a JSON variable (Tasklist) or as a serialized list (the API). */
    public List<String> strings(String name) {
        TypedValue typed = scope.getVariableTyped(name);
        Object value = typed == null ? null : typed.getValue();
        List<String> result = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(element -> result.add(element.isString() ? element.stringValue() : element.toString()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(element -> result.add(String.valueOf(element)));
        } else if (value instanceof String text && !text.isBlank()) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    result.add(part.trim());
                }
            }
        }
        return result;
    }
}
