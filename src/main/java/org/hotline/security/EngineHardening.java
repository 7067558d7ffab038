package org.hotline.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Limits what expressions in deployed models can reach: the beans of {@link ExpressionBeans}, never reflection or
 * the engine's own services ({@link GuardedExpressionManager}); turns CMMN off.
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
    }
}
