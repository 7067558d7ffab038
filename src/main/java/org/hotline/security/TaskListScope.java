package org.hotline.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;

/**
 * Which tasks a task list shows a user, decided by the task's own links instead of one grant row per task.
 *
 * <p>The engine grants each candidate group of a task, and its assignee and owner, a row of its own in the
 * authorization table, and checks a task list against all of a user's rows with a join PostgreSQL cannot index
 * ({@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}): the work grows with open tasks times grant rows, and at
 * 100,000 open tasks Tasklist's filters did not answer within a minute. Here a task list (the engine's task query:
 * Tasklist's filters and counts, {@code GET /task}, the engine's Java API) is checked in one of two ways:
 * <ul>
 *   <li>a user granted READ on every task ({@code TASK *}) or READ_TASK on every process definition
 *   ({@code PROCESS_DEFINITION *}), supervisors and admins here, reads every task: the list needs no further check;</li>
 *   <li>anyone else sees exactly the tasks that are offered to them or to one of their groups (a candidate link),
 *   that they hold (assignee) or own, and the tasks of the process definitions they are granted READ_TASK on by
 *   key: the same tasks their per-task grants give them, read through indexed columns.</li>
 * </ul>
 * Everything else stays with the engine's grants: opening one task, its variables, its form, claiming, completing.
 * A grant on one task given by hand in Camunda Admin opens that task but does not put it in anyone's list; revoking
 * authorizations are not supported (the engine is set to never check them in queries).
 */
class TaskListScope implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
        return TaskManager.class;
    }

    @Override
    public Session openSession() {
        return new ScopedTaskManager();
    }

    /** The engine's task manager, with the task list's check replaced as described above. */
    static class ScopedTaskManager extends TaskManager {

        @Override
        protected void configureQuery(TaskQueryImpl query) {
            super.configureQuery(query);
            AuthorizationCheck check = query.getAuthCheck();
            Authentication authentication = Context.getCommandContext().getAuthentication();
            if (!check.isAuthorizationCheckEnabled() || authentication == null || authentication.getUserId() == null) {
                return;
            }
            String user = authentication.getUserId();
            List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
            AuthorizationManager grants = getAuthorizationManager();
            boolean everyTask = grants.isAuthorized(user, groups, Permissions.READ, Resources.TASK, Authorization.ANY)
                    || grants.isAuthorized(user, groups, ProcessDefinitionPermissions.READ_TASK,
                            Resources.PROCESS_DEFINITION, Authorization.ANY);
            check.setAuthorizationCheckEnabled(false);
            if (!everyTask) {
                restrict(query, user, groups, definitionsWithTaskRead(user, groups));
            }
        }

        /** Keys of the process definitions whose every task this user may read, through a grant on that key. */
        private static List<String> definitionsWithTaskRead(String user, List<String> groups) {
            AuthorizationQueryImpl query = new AuthorizationQueryImpl();
            query.resourceType(Resources.PROCESS_DEFINITION).hasPermission(ProcessDefinitionPermissions.READ_TASK)
                    .authorizationType(Authorization.AUTH_TYPE_GRANT);
            CommandContext context = Context.getCommandContext();
            List<Authorization> found = context.runWithoutAuthorization(
                    () -> context.getAuthorizationManager().selectAuthorizationByQueryCriteria(query));
            List<String> keys = new ArrayList<>();
            for (Authorization grant : found) {
                boolean mine = user.equals(grant.getUserId()) || Authorization.ANY.equals(grant.getUserId())
                        || (grant.getGroupId() != null && groups.contains(grant.getGroupId()));
                if (mine && !Authorization.ANY.equals(grant.getResourceId())) {
                    keys.add(grant.getResourceId());
                }
            }
            return keys;
        }

        /**
         * Adds, with "and", one "or" branch of its own: offered to the user or their groups, held or owned by the
         * user, or of a definition they read every task of. Added each time the query runs (the same query object run
         * twice carries it twice, which changes nothing): never skipped on the shape of a branch, which a caller
         * could send.
         */
        private static void restrict(TaskQueryImpl query, String user, List<String> groups, List<String> keys) {
            TaskQueryImpl branch = (TaskQueryImpl) query.or();
            branch.taskAssignee(user).taskOwner(user).taskCandidateUser(user);
            if (!groups.isEmpty()) {
                // A list of its own: the engine adds the candidate user's groups to it.
                branch.taskCandidateGroupIn(new ArrayList<>(groups));
            }
            branch.includeAssignedTasksInternal();
            if (!keys.isEmpty()) {
                branch.processDefinitionKeyIn(keys.toArray(String[]::new));
            }
            branch.endOr();
        }
    }
}
