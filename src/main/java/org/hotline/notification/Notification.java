package org.hotline.notification;

import java.time.Instant;

/**
 * One notification as its reader sees it. {@code subjectUser} is the staff member a reassignment went to; nothing
 * here holds what a caller said.
 */
public record Notification(long id, Kind kind, String caseNumber, String taskId, String taskKey, String taskName,
                           String actor, String subjectUser, Instant createdAt, boolean read) {

    public enum Kind {
        /** A first-action SLA passed: supervisors are alerted. */
        SLA_BREACHED,
        /** An advocate asked a supervisor to step in. */
        ESCALATION_REQUESTED,
        /** A new task for supervisors: an urgent review, an approval, a decision. */
        SUPERVISOR_TASK,
        /** A supervisor gave a task someone held to somebody else. */
        TASK_REASSIGNED,
        /** A supervisor gave a task to this user. */
        TASK_ASSIGNED
    }
}
