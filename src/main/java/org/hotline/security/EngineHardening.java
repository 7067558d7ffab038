package org.hotline.security;

import java.util.ArrayList;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Limits what expressions can reach to the allow-list of {@link ModelExpressions} ({@link GuardedExpressionManager}),
 * refuses every expression in a query ({@link QueryExpressionRefusal}); gives the maker of a deployment no right to
 * delete it ({@link DeploymentGrants}); checks task lists through each task's links ({@link TaskListScope}) and with
 * the groups a user logged in with ({@link AuthenticatedGroups}); turns CMMN off; turns the engine's login lock-out
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
        // Scripts are not run, in any language (JUEL as a script language included).
        configuration.setScriptEngineResolver(new NoScriptEngines());
        // Making a deployment gives no right to delete it (and the cases running on it).
        configuration.setResourceAuthorizationProvider(new DeploymentGrants());
        // No query evaluates an expression: neither ad hoc nor stored (the hotline's filters hold none), nor any
        // "or" branch of either, which the engine itself does not check.
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(false);
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(0, new QueryExpressionRefusal());
        if (configuration.getCustomPreCommandInterceptorsTxRequiresNew() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequiresNew(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequiresNew().add(0, new QueryExpressionRefusal());
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(WithoutLockOut.class));
        // Task lists are checked through each task's candidate links and assignee, not one grant row per task.
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new TaskListScope());
        configuration.getCustomSessionFactories().add(new AuthenticatedGroups());
        configuration.setAuthorizationCheckRevokes(ProcessEngineConfiguration.AUTHORIZATION_CHECK_REVOKE_NEVER);
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
