package org.hotline.security;

import java.util.Arrays;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The engine's authorizations for each group, granted at start when missing; they bind the engine's REST API and
 * the Camunda webapps ({@code camunda.bpm.authorization.enabled}). Tasks come to advocates through their candidate
 * groups (the engine grants a group the tasks offered to it) and through assignment.
 *
 * <ul>
 *   <li>advocates: Tasklist; read process definitions (for forms and diagrams), users and groups;</li>
 *   <li>supervisors: Tasklist and Cockpit; every task, case instance and its history;</li>
 *   <li>designers: Cockpit; read process and decision definitions, deploy; no instance, no task, no variable, no
 *   history, and no removing a deployment (that can remove running cases with it);</li>
 *   <li>admins: everything, including users, groups and authorizations in Camunda Admin.</li>
 * </ul>
 */
@Component
public class EngineAuthorizations {

    private static final String ANY = Authorization.ANY;

    private final AuthorizationService authorizations;

    EngineAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void grant() {
        for (String group : new String[] {Roles.ADVOCATES, Roles.SUPERVISORS, Roles.DESIGNERS}) {
            grant(group, Resources.APPLICATION, "welcome", Permissions.ACCESS);
        }
        grant(Roles.ADVOCATES, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.ADVOCATES, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        grant(Roles.ADVOCATES, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grant(Roles.ADVOCATES, Resources.USER, ANY, Permissions.READ);
        grant(Roles.ADVOCATES, Resources.GROUP, ANY, Permissions.READ);

        grant(Roles.SUPERVISORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(Roles.SUPERVISORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.SUPERVISORS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.UPDATE_TASK,
                ProcessDefinitionPermissions.TASK_ASSIGN, ProcessDefinitionPermissions.TASK_WORK,
                ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
        grant(Roles.SUPERVISORS, Resources.TASK, ANY, TaskPermissions.READ, TaskPermissions.UPDATE,
                TaskPermissions.TASK_ASSIGN, TaskPermissions.TASK_WORK);
        grant(Roles.SUPERVISORS, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grant(Roles.SUPERVISORS, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
        grant(Roles.SUPERVISORS, Resources.USER, ANY, Permissions.READ);
        grant(Roles.SUPERVISORS, Resources.GROUP, ANY, Permissions.READ);

        grant(Roles.DESIGNERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(Roles.DESIGNERS, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ);
        grant(Roles.DESIGNERS, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grant(Roles.DESIGNERS, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
        grant(Roles.DESIGNERS, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);

        for (Resources resource : Resources.values()) {
            grant(Roles.ADMINS, resource, ANY, Permissions.ALL);
        }
        revokeDeploymentGrantsOfTheirMakers();
    }

    /**
     * Before {@link DeploymentGrants}, the engine gave whoever made a deployment the right to delete it, and with it
     * every case running on it. Those per-deployment grants are removed; admins delete deployments through their
     * group's grant.
     */
    private void revokeDeploymentGrantsOfTheirMakers() {
        for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.DEPLOYMENT).list()) {
            if (grant.getUserId() != null && !ANY.equals(grant.getResourceId())) {
                authorizations.deleteAuthorization(grant.getId());
            }
        }
    }

    /** Grants these permissions to a group on a resource, adding to what it already has. */
    public void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizations.saveAuthorization(authorization);
    }
}
