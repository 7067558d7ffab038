package org.hotline.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Limits what expressions in deployed models can reach: the beans of {@link ExpressionBeans}, never reflection or
 * the engine's own services ({@link GuardedExpressionManager}); turns CMMN off; turns the engine's login lock-out
 * off ({@link WithoutLockOut}).
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;

    EngineHardening(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ExpressionBeans beans = new ExpressionBeans(context);
        configuration.setBeans(beans);
        configuration.setExpressionManager(new GuardedExpressionManager(context, beans));
        // Case management (CMMN) is not used: nothing can be deployed through it.
        configuration.setCmmnEnabled(false);
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(WithoutLockOut.class));
    }

    /**
     * The engine's identity tables without the engine's own lock-out, which let anyone who knows a user name lock that
     * user (the only administrator too) until an administrator acts, and refused the right password during each
     * delay. {@link LoginThrottle} slows guessing instead. A successful check still clears a lock left from before.
     * Public: the engine creates it by reflection.
     */
    public static class WithoutLockOut extends DbIdentityServiceProvider {

        @Override
        protected boolean isUserLocked(UserEntity user) {
            return false;
        }

        @Override
        protected void lockUser(UserEntity user) {
            // Failures are counted by LoginThrottle, never on the user.
        }
    }
}
