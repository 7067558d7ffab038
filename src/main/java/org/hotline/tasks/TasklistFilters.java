package org.hotline.tasks;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.security.EngineAuthorizations;
import org.hotline.security.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * The filters of Camunda Tasklist, created at start when missing: "My tasks" for each advocate and supervisor, the
 * team queues, "Urgent", "Overdue" and "Supervisors: escalations", sorted by priority then due date, with the case
 * number and risk level shown in the list.
 *
 * <p>Stored queries hold no expressions (they are evaluated on the server), so "now" in "Urgent" and "Overdue" is
 * a date written into the filter, moved forward every minute; and "My tasks" is one filter per user, owned by that
 * user, made at start for the existing ones and at first login for the others. Each filter is readable by the groups
 * it is for (its owner for "My tasks"): Tasklist shows a user only their filters.
 */
@Component
class TasklistFilters {

    static final String ADVOCATES_QUEUE = "Advocates' queue";
    static final String SUPERVISORS_QUEUE = "Supervisors' queue";
    static final String URGENT = "Urgent";
    static final String OVERDUE = "Overdue";
    static final String ESCALATIONS = "Supervisors: escalations";
    static final String MY_TASKS = "My tasks";

    private static final Logger log = LoggerFactory.getLogger(TasklistFilters.class);
    private static final List<Map<String, String>> CASE_COLUMNS = List.of(
            Map.of("name", TaskListColumns.CASE_NUMBER, "label", "Case"),
            Map.of("name", TaskListColumns.RISK_LEVEL, "label", "Risk"));

    private final FilterService filters;
    private final TaskService tasks;
    private final IdentityService identity;
    private final Clock clock;
    private final AuthorizationService authorizations;
    private final EngineAuthorizations engineAuthorizations;
    private final Set<String> usersWithFilter = ConcurrentHashMap.newKeySet();

    TasklistFilters(FilterService filters, TaskService tasks, IdentityService identity, Clock clock,
                    AuthorizationService authorizations, EngineAuthorizations engineAuthorizations) {
        this.authorizations = authorizations;
        this.engineAuthorizations = engineAuthorizations;
        this.filters = filters;
        this.tasks = tasks;
        this.identity = identity;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        // Shared with the groups that use them; with the engine's authorizations, nobody else sees them.
        create(ADVOCATES_QUEUE, "Tasks for advocates, most urgent first", -10, queue(Roles.ADVOCATES),
                Roles.ADVOCATES, Roles.SUPERVISORS);
        create(SUPERVISORS_QUEUE, "Urgent reviews, escalations and approvals, most urgent first", -9,
                queue(Roles.SUPERVISORS), Roles.SUPERVISORS);
        create(URGENT, "Priority 75 and up, or past due", -8, urgent(), Roles.ADVOCATES, Roles.SUPERVISORS);
        create(OVERDUE, "Past their due date, the longest overdue first", -7, overdue(), Roles.ADVOCATES,
                Roles.SUPERVISORS);
        create(ESCALATIONS, "Escalations raised by advocates or by a breached SLA", -6, sorted(
                tasks.createTaskQuery().taskDefinitionKeyIn(CaseLifecycle.TASK_HANDLE_ESCALATION,
                        CaseLifecycle.TASK_HANDLE_REQUESTED_ESCALATION)), Roles.SUPERVISORS);
        for (String group : List.of(Roles.ADVOCATES, Roles.SUPERVISORS)) {
            identity.createUserQuery().memberOfGroup(group).list().stream().map(User::getId).forEach(this::myTasks);
        }
    }

    /** A user who logs in for the first time gets their "My tasks". */
    @EventListener
    void loggedIn(AuthenticationSuccessEvent event) {
        boolean caseworker = event.getAuthentication().getAuthorities().stream().anyMatch(a ->
                a.getAuthority().equals("ROLE_" + Roles.ADVOCATE) || a.getAuthority().equals("ROLE_" + Roles.SUPERVISOR));
        if (caseworker) {
            myTasks(event.getAuthentication().getName());
        }
    }

    void myTasks(String user) {
        if (usersWithFilter.contains(user)) {
            return;
        }
        String name = MY_TASKS + ": " + user;
        Filter filter = filters.createFilterQuery().filterName(name).filterOwner(user).singleResult();
        if (filter == null) {
            filter = filters.saveFilter(filters.newTaskFilter(name).setOwner(user)
                    .setQuery(sorted(tasks.createTaskQuery().taskAssignee(user)))
                    .setProperties(Map.of("description", "Tasks " + user + " holds, most urgent first",
                            "priority", -20, "refresh", true, "variables", CASE_COLUMNS)));
        }
        // Only its owner sees it.
        Authorization mine = authorizations.createAuthorizationQuery().userIdIn(user).resourceType(Resources.FILTER)
                .resourceId(filter.getId()).singleResult();
        if (mine == null) {
            mine = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            mine.setUserId(user);
            mine.setResource(Resources.FILTER);
            mine.setResourceId(filter.getId());
            mine.addPermission(Permissions.READ);
            authorizations.saveAuthorization(mine);
        }
        usersWithFilter.add(user);
    }

    /** Moves "now" forward in the filters that need it. */
    @Scheduled(fixedDelayString = "${hotline.tasklist.deadline-refresh:PT1M}")
    void refreshDeadlines() {
        refresh(URGENT, urgent());
        refresh(OVERDUE, overdue());
    }

    private void refresh(String name, TaskQuery query) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            return;
        }
        try {
            filters.saveFilter(filter.setQuery(query));
        } catch (OptimisticLockingException e) {
            log.debug("Filter {} moved forward by another node", name);
        }
    }

    private TaskQuery urgent() {
        return sorted(tasks.createTaskQuery().or()
                .taskMinPriority(HotlineTaskService.URGENT_PRIORITY).dueBefore(now()).endOr());
    }

    private TaskQuery overdue() {
        return tasks.createTaskQuery().dueBefore(now()).orderByDueDate().asc().orderByTaskPriority().desc();
    }

    private Date now() {
        return Date.from(clock.instant());
    }

    private TaskQuery queue(String group) {
        return sorted(tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks());
    }

    private static TaskQuery sorted(TaskQuery query) {
        return query.orderByTaskPriority().desc().orderByDueDate().asc();
    }

    private void create(String name, String description, int order, TaskQuery query, String... groups) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.saveFilter(filters.newTaskFilter(name)
                    .setQuery(query)
                    .setProperties(Map.of("description", description, "priority", order, "refresh", true,
                            "variables", CASE_COLUMNS)));
        }
        for (String group : groups) {
            engineAuthorizations.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
