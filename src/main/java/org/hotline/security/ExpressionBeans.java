package org.hotline.security;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationContext;

/**
 * The Spring beans that BPMN expressions may name: the hotline's own delegates and listeners (beans of
 * {@code org.hotline} that are a {@link JavaDelegate}, {@link TaskListener} or {@link ExecutionListener}), and the
 * beans of {@link ModelExpressions#BEAN_MEMBERS} that timers and due dates read. Nothing else of the application or
 * its libraries (repositories, JDBC, services, the engine) can be reached from a deployed model.
 */
final class ExpressionBeans extends AbstractMap<Object, Object> {

    private static final String OWN_PACKAGE = "org.hotline.";

    private final ApplicationContext context;

    ExpressionBeans(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public boolean containsKey(Object key) {
        if (!(key instanceof String name) || !context.containsBean(name)) {
            return false;
        }
        Class<?> type = context.getType(name);
        if (type == null || !type.getName().startsWith(OWN_PACKAGE)) {
            return false;
        }
        return ModelExpressions.BEAN_MEMBERS.containsKey(name) || context.isTypeMatch(name, JavaDelegate.class)
                || context.isTypeMatch(name, TaskListener.class) || context.isTypeMatch(name, ExecutionListener.class);
    }

    @Override
    public Object get(Object key) {
        return containsKey(key) ? context.getBean((String) key) : null;
    }

    /** The name of this object if it is one of the beans whose members expressions may use, else null. */
    String nameOf(Object object) {
        for (String name : ModelExpressions.BEAN_MEMBERS.keySet()) {
            if (context.containsBean(name) && context.getBean(name) == object) {
                return name;
            }
        }
        return null;
    }

    /** Not listed: expressions look beans up by name only. */
    @Override
    public Set<Map.Entry<Object, Object>> entrySet() {
        return Set.of();
    }
}
