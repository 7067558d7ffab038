package org.hotline.casefile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private static final int REMEMBERED = 10_000;

    private final JdbcTemplate jdbc;
    /** Pairs already confirmed, so that the steps of a busy case do not ask the database each time; the oldest go. */
    private final Map<String, Boolean> confirmed = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

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
        if (Objects.equals(STARTING.get(), caseId)) {
            // The intake's new case, not attached to any instance until its lifecycle has started: the database
            // would answer null, and the steps of this start act on it.
            return true;
        }
        String pair = processInstanceId + "|" + caseId;
        synchronized (confirmed) {
            if (confirmed.containsKey(pair)) {
                return true;
            }
        }
        List<String> attached = jdbc.queryForList("select process_instance_id from hotline_case where id = ?",
                String.class, caseId);
        if (attached.isEmpty()) {
            return false;
        }
        if (attached.get(0) != null) {
            boolean owns = attached.get(0).equals(processInstanceId);
            if (owns) {
                // A case's process instance never changes once attached (a migration keeps the instance).
                synchronized (confirmed) {
                    confirmed.put(pair, Boolean.TRUE);
                }
            }
            return owns;
        }
        return Objects.equals(STARTING.get(), caseId);
    }
}
