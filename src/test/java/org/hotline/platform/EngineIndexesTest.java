package org.hotline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hotline.support.HotlineSpringTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@HotlineSpringTest
class EngineIndexesTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    @DisplayName("The engine's tables carry the hotline's indexes, valid, and PostgreSQL uses them for the task lists' look-ups")
    void indexesExistAndServe() {
        assertThat(jdbc.queryForList("select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid"
                + " join pg_class t on t.oid = i.indrelid where t.relname like 'act_%' and c.relname like 'hotline_%'"
                + " and i.indisvalid order by 1", String.class))
                .containsExactly("hotline_authorization_by_type", "hotline_task_queue_order");
        jdbc.execute("set enable_seqscan = off");
        try {
            List<String> plan = jdbc.queryForList("explain select * from act_ru_authorization"
                    + " where resource_type_ = 6 and perms_ & 64 = 64 and type_ = 1", String.class);
            assertThat(String.join("\n", plan)).contains("hotline_authorization_by_type");
        } finally {
            jdbc.execute("reset enable_seqscan");
        }
    }
}
