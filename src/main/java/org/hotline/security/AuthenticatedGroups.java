package org.hotline.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks with the user's groups as they logged in. The engine first narrows the groups to
 * those named in any authorization, by reading every distinct group of the authorization table once per command: a
 * scan of one row per open task and candidate group (100,000 rows and more on a busy line) to shorten a list of one
 * or two groups. A group with no grant adds nothing to a check, so the answer is the same.
 */
class AuthenticatedGroups implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
        return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
        return new Manager();
    }

    static class Manager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
