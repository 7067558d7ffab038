package org.hotline.security;

import java.beans.FeatureDescriptor;
import java.lang.reflect.Method;
import java.util.Iterator;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.FunctionMapper;
import org.camunda.bpm.impl.juel.jakarta.el.MethodNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotWritableException;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expression resolver, built from the allow-list of {@link ModelExpressions}: names resolve to process
 * variables, the execution or task, and the beans of {@link ExpressionBeans}; members resolve only where the list
 * names them; no function resolves at all. The engine's default resolvers (any method of any object, lists, maps,
 * arrays, the Spin functions) are not part of it.
 */
class GuardedExpressionManager extends SpringExpressionManager {

    private final ExpressionBeans beans;

    GuardedExpressionManager(ApplicationContext context, ExpressionBeans beans) {
        super(context, beans);
        this.beans = beans;
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new ReadOnlyMapELResolver(beans));
        resolver.add(new AllowedMembers(beans));
        return resolver;
    }

    /** Functions registered by the engine or its plugins ({@code S}, {@code JSON}, {@code XML}, {@code now} ...) never resolve. */
    @Override
    protected FunctionMapper createFunctionMapper() {
        return new FunctionMapper() {
            @Override
            public Method resolveFunction(String prefix, String localName) {
                return null;
            }
        };
    }

    /** Members of objects (base is not null): those on the allow-list, through the bean resolver; the rest refused. */
    private static final class AllowedMembers extends ELResolver {

        private final ExpressionBeans beans;
        private final BeanELResolver reflective = new BeanELResolver(true);

        AllowedMembers(ExpressionBeans beans) {
            this.beans = beans;
        }

        @Override
        public Object getValue(ELContext context, Object base, Object property) {
            if (base == null) {
                return null;
            }
            String member = String.valueOf(property);
            if (!ModelExpressions.allowed(base, beans.nameOf(base), member, false)) {
                throw new PropertyNotFoundException("\"" + member + "\" may not be read in an expression");
            }
            return reflective.getValue(context, base, member);
        }

        @Override
        public Object invoke(ELContext context, Object base, Object method, Class<?>[] types, Object[] params) {
            if (base == null) {
                return null;
            }
            String member = String.valueOf(method);
            if (!ModelExpressions.allowed(base, beans.nameOf(base), member, true)) {
                throw new MethodNotFoundException("\"" + member + "\" may not be called in an expression");
            }
            return reflective.invoke(context, base, member, types, params);
        }

        @Override
        public Class<?> getType(ELContext context, Object base, Object property) {
            if (base == null) {
                return null;
            }
            context.setPropertyResolved(true);
            return Object.class;
        }

        @Override
        public void setValue(ELContext context, Object base, Object property, Object value) {
            if (base != null) {
                throw new PropertyNotWritableException("\"" + property + "\" may not be written in an expression");
            }
        }

        @Override
        public boolean isReadOnly(ELContext context, Object base, Object property) {
            if (base != null) {
                context.setPropertyResolved(true);
            }
            return true;
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
