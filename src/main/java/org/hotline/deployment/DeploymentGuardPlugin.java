package org.hotline.deployment;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Puts {@link DeploymentGuard} in front of every deployment, the application's own at start included. */
@Component
class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

    private final ApplicationContext context;
    private final JdbcTemplate jdbc;

    DeploymentGuardPlugin(ApplicationContext context, JdbcTemplate jdbc) {
        this.context = context;
        this.jdbc = jdbc;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreDeployers() == null) {
            configuration.setCustomPreDeployers(new ArrayList<>());
        }
        configuration.getCustomPreDeployers().add(new DeploymentGuard(context, jdbc));
    }
}
