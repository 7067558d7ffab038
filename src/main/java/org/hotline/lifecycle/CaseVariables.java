package org.hotline.lifecycle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.hotline.platform.ApiProblem;

/**
 * Typed access to the lifecycle's process variables, one place for their names and types. A variable that is missing
 * or holds something else than its type is a 400 naming it (for example a task completed through the engine's API
 * with a code the form does not offer), never a 500.
 */
public final class CaseVariables {

    /**
     * Whether a process instance works a case. A model can set any variable, {@code caseId} too, so the variable
     * alone does not say which case a step may act on: the case must be the one this process instance was started
     * for.
     */
    public interface CaseOwnership {
        boolean owns(String processInstanceId, long caseId);
    }

    private static volatile CaseOwnership ownership;

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

    /** Set once, at start, by the case file, which knows which process instance each case belongs to. */
    public static void ownedBy(CaseOwnership caseOwnership) {
        ownership = caseOwnership;
    }

    /** The case this process instance works; a process instance that names another case is refused. */
    public Long caseId() {
        Object value = scope.getVariable(CaseLifecycle.Vars.CASE_ID);
        if (!(value instanceof Number number)) {
            throw ApiProblem.invalid(CaseLifecycle.Vars.CASE_ID, "is required: a case's process starts from an intake");
        }
        long caseId = number.longValue();
        String processInstanceId = scope instanceof DelegateExecution execution ? execution.getProcessInstanceId()
                : scope instanceof DelegateTask task ? task.getProcessInstanceId() : null;
        CaseOwnership check = ownership;
        if (check == null || processInstanceId == null || !check.owns(processInstanceId, caseId)) {
            throw ApiProblem.forbidden("Process instance " + processInstanceId + " was not started for case "
                    + caseId + " and may not act on it");
        }
        return caseId;
    }

    public String string(String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            throw ApiProblem.invalid(name, "is required");
        }
        return value.toString();
    }

    /** A code of the given kind; any other text is refused. */
    public <E extends Enum<E>> E code(String name, Class<E> type) {
        String value = string(name);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw ApiProblem.invalid(name, "unknown code; expected one of " + String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
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
