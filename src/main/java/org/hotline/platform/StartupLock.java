package org.hotline.platform;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Nodes on one database start one at a time. The first use of the database takes a PostgreSQL advisory lock and the
 * node keeps it until it is ready for traffic: schema migrations, the engine's schema, model deployment, the
 * engine's grants and filters and the demo data are each done by one node while the others wait, so check-then-
 * insert seeding never runs twice at once. A node that dies while starting loses its connection and with it the
 * lock.
 */
class StartupLock implements BeanPostProcessor, ApplicationListener<ApplicationEvent>, DisposableBean {

    /** The advisory lock's key: any number of ours, the same on every node. */
    static final long KEY = 0x486f746c696e65L;

    private static final Logger log = LoggerFactory.getLogger(StartupLock.class);

    private final Environment environment;
    private Connection holder;
    /** Taken once, by the first data source: one created after start (lazily, say) must not take it again. */
    private boolean attempted;

    StartupLock(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource) {
            acquire(dataSource);
        }
        return bean;
    }

    private synchronized void acquire(DataSource dataSource) {
        if (attempted) {
            return;
        }
        attempted = true;
        Duration timeout = environment.getProperty("hotline.cluster.startup-lock-timeout", Duration.class,
                Duration.ofMinutes(5));
        Instant giveUp = Instant.now().plus(timeout);
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            boolean waiting = false;
            while (!tryLock(connection)) {
                if (!waiting) {
                    log.info("Another node is starting on this database; waiting for it to finish");
                    waiting = true;
                }
                if (Instant.now().isAfter(giveUp)) {
                    throw new StartupRefused("Another node has been starting on this database for more than "
                            + timeout + " (hotline.cluster.startup-lock-timeout); is one stuck?");
                }
                Thread.sleep(250);
            }
            log.info("Startup lock taken: this node sets up the database, then lets the next one start");
            holder = connection;
        } catch (SQLException e) {
            throw new IllegalStateException("The database is unreachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for another node to start", e);
        } finally {
            if (holder == null && connection != null) {
                closeQuietly(connection);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            log.debug("Closing a connection failed", e);
        }
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + KEY + ")")) {
            result.next();
            return result.getBoolean(1);
        }
    }

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof AvailabilityChangeEvent<?> change && change.getState() == ReadinessState.ACCEPTING_TRAFFIC
                || event instanceof ApplicationFailedEvent) {
            release();
        }
    }

    @Override
    public void destroy() {
        release();
    }

    private synchronized void release() {
        if (holder == null) {
            return;
        }
        Connection connection = holder;
        holder = null;
        try (Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
            connection.close();
        } catch (SQLException e) {
            // The lock belongs to the database session: end the session rather than hand it back to the pool.
            log.warn("Could not release the startup lock; closing its connection instead");
            try {
                connection.abort(Runnable::run);
            } catch (SQLException abortFailed) {
                closeQuietly(connection);
            }
        }
    }
}
