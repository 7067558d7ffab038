package org.hotline.tasks;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.hotline.security.Roles;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The team queues of Camunda Tasklist, created at start when missing: each group's tasks by priority then due
 * date, with the case number and risk level shown in the list. Stored queries hold no expressions.
 */
@Component
class TasklistFilters {

    private static final List<Map<String, String>> CASE_COLUMNS = List.of(
            Map.of("name", "caseNumber", "label", "Case"),
            Map.of("name", "riskLevel", "label", "Risk"));

    private final FilterService filters;
    private final TaskService tasks;

    TasklistFilters(FilterService filters, TaskService tasks) {
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        create("Advocates' queue", "Tasks for advocates, most urgent first", -10, queue(Roles.ADVOCATES));
        create("Supervisors' queue", "Urgent reviews, escalations and approvals, most urgent first", -9,
                queue(Roles.SUPERVISORS));
    }

    private TaskQuery queue(String group) {
        return tasks.createTaskQuery().taskCandidateGroup(group).includeAssignedTasks()
                .orderByTaskPriority().desc().orderByDueDate().asc();
    }

    private void create(String name, String description, int order, TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() > 0) {
            return;
        }
        Filter filter = filters.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("description", description, "priority", order, "refresh", true,
                        "variables", CASE_COLUMNS));
        filters.saveFilter(filter);
    }
}
