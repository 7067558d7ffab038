package org.hotline.security;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Limits what expressions can reach to the allow-list of {@link ModelExpressions} ({@link GuardedExpressionManager}),
 * refuses every expression in a query ({@link QueryExpressionRefusal}); turns CMMN off.
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
        // No query evaluates an expression: neither ad hoc nor stored (the hotline's filters hold none), nor any
        // "or" branch of either, which the engine itself does not check.
        // Making a deployment gives no right to delete it (and the cases running on it).
        configuration.setResourceAuthorizationProvider(new DeploymentGrants());
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
    }
}
