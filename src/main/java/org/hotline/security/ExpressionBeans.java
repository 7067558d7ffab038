package org.hotline.security;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;

/**
 * The Spring beans that BPMN expressions may reach: the delegates and listeners the models name, and the few beans
 * their timers and due dates read. Nothing else of the application (repositories, JDBC, services) can be called
 * from a deployed model.
 */
final class ExpressionBeans extends AbstractMap<Object, Object> {

    private static final Set<String> ALSO_ALLOWED = Set.of("taskDue", "referralTiming", "protocolReviewSchedule");

    private final ApplicationContext context;

    ExpressionBeans(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean containsKey(Object key) {
        if (!(key instanceof String name) || !context.containsBean(name)) {
            return false;
        }
        return ALSO_ALLOWED.contains(name) || context.isTypeMatch(name, JavaDelegate.class)
                || context.isTypeMatch(name, TaskListener.class) || context.isTypeMatch(name, ExecutionListener.class);
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? context.getBean((String) key) : null;
    }

    /** Not listed: expressions look beans up by name only. */
    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return Set.of();
    }
}
