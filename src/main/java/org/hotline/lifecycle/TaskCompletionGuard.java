package org.hotline.lifecycle;

import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.hotline.security.Roles;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs first when any user task completes, whichever way (our API, Tasklist, the engine API): only a member of the
 * groups the task is offered to, a named candidate, a supervisor or an administrator completes it. A supervisor's
 * approval stays a supervisor's.
 */
@Component
class TaskCompletionGuard implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return; // the engine itself, not a person
        }
        boolean overseer = authentication.getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_" + Roles.SUPERVISOR) || a.getAuthority().equals("ROLE_" + Roles.ADMIN));
        if (overseer) {
            return;
        }
        String user = authentication.getName();
        Set<String> groups = Set.copyOf(CurrentUser.groups());
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType())
                    && (user.equals(link.getUserId()) || (link.getGroupId() != null && groups.contains(link.getGroupId())))) {
                return;
            }
        }
        throw ApiProblem.forbidden("\"" + task.getName() + "\" is not offered to your groups");
    }
}
