package org.hotline.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes the engine's own schema lacks for the hotline's task lists. Task queues are read in priority order, then
 * by due date (Tasklist's filters) and age (the workspace): with the first index PostgreSQL reads the first page of
 * a queue in that order and stops, instead of sorting every open task. The second finds grants by resource type. Created once the engine's tables exist, by the
 * one node that is starting (see {@link StartupLock}), without blocking writes.
 */
@Component
class EngineIndexes {

    private static final Logger log = LoggerFactory.getLogger(EngineIndexes.class);

    private final JdbcTemplate jdbc;

    EngineIndexes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void create() {
        create("hotline_task_queue_order", "act_ru_task (priority_ desc, due_date_ asc, create_time_ asc)");
        // Task lists look up the process definitions a user may read every task of (TaskListScope): without this,
        // a scan of the grants table, which holds one row per open task and candidate group.
        create("hotline_authorization_by_type", "act_ru_authorization (resource_type_, resource_id_)");
    }

    private void create(String name, String definition) {
        Boolean valid = jdbc.query("select i.indisvalid from pg_index i join pg_class c on c.oid = i.indexrelid"
                + " where c.relname = ?", row -> row.next() ? row.getBoolean(1) : null, name);
        if (Boolean.TRUE.equals(valid)) {
            return;
        }
        if (Boolean.FALSE.equals(valid)) {
            // A build cut off half-way (a node killed while starting) leaves an index PostgreSQL never uses.
            jdbc.execute("drop index concurrently if exists " + name);
        }
        log.info("Indexing the engine's table: {}", name);
        jdbc.execute("create index concurrently if not exists " + name + " on " + definition);
    }
}
