package org.hotline.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/**
 * Starts a real PostgreSQL (shipped inside a Maven artifact) when no {@code spring.datasource.url} is configured;
 * {@link EmbeddedDatabase} says how it is closed to others. With a data directory it keeps its data between runs;
 * without one (tests) it starts clean in a temporary directory. One server per JVM, shared by every application
 * context of that JVM.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
    private static EmbeddedDatabase server;
    private static int users;

    @Bean
    @Primary
    DataSource dataSource(@Value("${hotline.embedded-database.data-directory:}") String dataDirectory,
                          @Value("${hotline.embedded-database.port:0}") int port, Environment environment) {
        EmbeddedDatabase database = start(dataDirectory, port);
        HikariConfig config = new HikariConfig();
        // The pool settings of an external database (spring.datasource.hikari.*) apply here too.
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
        config.setJdbcUrl(database.jdbcUrl());
        config.setUsername(database.user());
        config.setPassword(database.password());
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

    private static synchronized EmbeddedDatabase start(String dataDirectory, int port) {
        if (server == null) {
            server = EmbeddedDatabase.start(dataDirectory, port);
        }
        users++;
        return server;
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
