package org.hotline.cluster;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A PostgreSQL server of its own, a separate process that outlives the application nodes the test kills, and a
 * connection to look at what they left in it.
 */
final class ClusterDatabase implements AutoCloseable {

    private final EmbeddedPostgres server;
    private final JdbcTemplate jdbc;

    ClusterDatabase() {
        try {
            server = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc = new JdbcTemplate(server.getPostgresDatabase());
    }

    String jdbcUrl() {
        return server.getJdbcUrl("postgres", "postgres");
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
