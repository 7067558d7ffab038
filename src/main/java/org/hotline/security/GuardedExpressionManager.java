package org.hotline.security;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MethodNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.springframework.context.ApplicationContext;

/**
 * Expressions in deployed models may read variables and call the delegates they name, but not climb out: no
 * reflection ({@code getClass}, {@code forName}), no way into the engine's services or configuration from
 * {@code execution} or {@code task}.
 */
class GuardedExpressionManager extends SpringExpressionManager {

    static final Set<String> FORBIDDEN = Set.of("class", "getClass", "forName", "classLoader", "getClassLoader",
            "processEngine", "getProcessEngine", "processEngineServices", "getProcessEngineServices",
            "processEngineConfiguration", "getProcessEngineConfiguration", "runtime", "getRuntime", "exec");

    GuardedExpressionManager(ApplicationContext context, Map<Object, Object> beans) {
        super(context, beans);
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new Refusing());
        resolver.add(super.createElResolver());
        return resolver;
    }

    /** Refuses the forbidden properties and methods on any object; says nothing about the rest. */
    private static final class Refusing extends ELResolver {

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base != null && property != null && FORBIDDEN.contains(property.toString())) {
                throw new PropertyNotFoundException("\"" + property + "\" may not be used in an expression");
            }
            return null;
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
            if (base != null && method != null && FORBIDDEN.contains(method.toString())) {
                throw new MethodNotFoundException("\"" + method + "\" may not be called in an expression");
            }
            return null;
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            return null;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            if (base != null && property != null && FORBIDDEN.contains(property.toString())) {
                throw new PropertyNotFoundException("\"" + property + "\" may not be used in an expression");
            }
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            return false;
        }

        @Override
        public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
            return null;
        }

        @Override
        public Class<?> getCommonPropertyType(ELContext context, Object base) {
            return null;
        }
    }
}
