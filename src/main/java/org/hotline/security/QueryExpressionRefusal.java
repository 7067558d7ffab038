package org.hotline.security;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * No query runs with an expression in it, however it reached the engine: an ad hoc query and each of its
 * {@code or} branches, a filter saved with one, a filter run with an extending query that holds one. The engine's
 * own check covers only the main query; its {@code or} branches are evaluated unchecked. The hotline's filters and
 * task lists use none, so the rule has no exception.
 */
class QueryExpressionRefusal extends CommandInterceptor {

    private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
    private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

    @Override
    public <T> T execute(Command<T> command) {
        Object query = null;
        if (command instanceof AbstractQuery<?, ?>) {
            query = command;
        } else if (command instanceof AbstractExecuteFilterCmd) {
            query = read(EXTENDING_QUERY, command);
        } else if (command instanceof SaveFilterCmd) {
            Object filter = read(SAVED_FILTER, command);
            query = filter instanceof Filter saved ? saved.getQuery() : null;
        }
        List<String> fields = expressionFields(query);
        if (!fields.isEmpty()) {
            throw new BadUserRequestException("Expressions are not allowed in queries: " + String.join(", ", fields));
        }
        return next.execute(command);
    }

    /** The query fields given as expressions, in the query and in each of its {@code or} branches. */
    static List<String> expressionFields(Object query) {
        List<String> fields = new ArrayList<>();
        if (query instanceof TaskQueryImpl taskQuery) {
            for (TaskQueryImpl branch : taskQuery.getQueries()) {
                fields.addAll(names(branch.getExpressions()));
            }
            fields.addAll(names(taskQuery.getExpressions()));
        } else if (query instanceof AbstractQuery<?, ?> other) {
            fields.addAll(names(other.getExpressions()));
        }
        return fields.stream().distinct().toList();
    }

    private static List<String> names(Map<String, String> expressions) {
        return expressions == null ? List.of() : expressions.keySet().stream().map(name -> name + "Expression").toList();
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("The engine no longer has " + type.getSimpleName() + "." + name
                    + "; the query expression check must be adapted to it", e);
        }
    }

    private static Object read(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
