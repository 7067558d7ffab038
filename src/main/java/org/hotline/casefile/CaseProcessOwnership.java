package org.hotline.casefile;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.hotline.lifecycle.CaseVariables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A case belongs to the process instance its intake started, and to no other: a step of any other process
 * instance (a model that sets {@code caseId} itself, a timer-started process of a designer's) cannot act on it. While
 * the intake starts the lifecycle, before the instance is attached to the case, the steps it runs in that same
 * thread act on the new case.
 */
@Component
public class CaseProcessOwnership implements CaseVariables.CaseOwnership {

    private static final ThreadLocal<Long> STARTING = new ThreadLocal<>();

    private final JdbcTemplate jdbc;

    CaseProcessOwnership(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        CaseVariables.ownedBy(this);
    }

    /** Runs the start of this case's lifecycle: its first steps may act on the case before the instance is attached. */
    public static <T> T starting(long caseId, Supplier<T> start) {
        STARTING.set(caseId);
        try {
            return start.get();
        } finally {
            STARTING.remove();
        }
    }

    @Override
    public boolean owns(String processInstanceId, long caseId) {
        List<String> attached = jdbc.queryForList("select process_instance_id from hotline_case where id = ?",
                String.class, caseId);
        if (attached.isEmpty()) {
            return false;
        }
        if (attached.get(0) != null) {
            return attached.get(0).equals(processInstanceId);
        }
        return Objects.equals(STARTING.get(), caseId);
    }
}
