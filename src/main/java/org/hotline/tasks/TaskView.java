package org.hotline.tasks;

import java.time.Instant;
import java.util.List;

/** A task as advocates and supervisors see it in their lists and on the case file. */
public record TaskView(String id, String taskDefinitionKey, String name, String caseNumber, int priority, Instant due,
                       String assignee, List<String> candidateGroups, boolean overdue, Instant created) {
}
