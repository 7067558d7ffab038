package org.hotline.security;

import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.repository.Deployment;

/**
 * The engine's grants for new things, but one: whoever makes a deployment gets no grant on it. The engine's default
 * gives its maker READ and DELETE on it, and deleting a deployment that running cases were migrated to removes them
 * while their case files stay open. Designers read deployments through their group; only admins delete them.
 */
class DeploymentGrants extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newDeployment(Deployment deployment) {
        return null;
    }
}
