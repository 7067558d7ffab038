package org.hotline.notification;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import org.hotline.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications with an unread count per user. A notification goes to one user or to a whole group; each
 * member reads it for themselves. Written in the transaction of what caused it, so none is sent for work that
 * rolled back.
 */
@Service
@Transactional
public class NotificationService {

    private static final String VISIBLE = "(n.recipient_user = :user or n.recipient_group in (:groups))";

    private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final DataSource dataSource;

    NotificationService(NamedParameterJdbcTemplate jdbc, Clock clock, DataSource dataSource) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.dataSource = dataSource;
    }

    public record About(String caseNumber, String taskId, String taskKey, String taskName) {
    }

    public void toGroup(String group, Notification.Kind kind, About about) {
        insert(kind, about, null, group, null);
    }

    public void toUser(String user, Notification.Kind kind, About about, String subjectUser) {
        if (user != null && !user.equals(CurrentUser.id())) {
            insert(kind, about, user, null, subjectUser);
        }
    }

    private void insert(Notification.Kind kind, About about, String user, String group, String subjectUser) {
        // In a savepoint: a notification that cannot be written never undoes the work it is about.
        Connection connection = DataSourceUtils.getConnection(dataSource);
        Savepoint savepoint = null;
        try {
            savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
            write(kind, about, user, group, subjectUser);
            if (savepoint != null) {
                connection.releaseSavepoint(savepoint);
            }
        } catch (DataAccessException | SQLException e) {
            log.warn("Notification {} for case {} not recorded: {}", kind, about.caseNumber(), e.getClass().getSimpleName());
            try {
                if (savepoint != null) {
                    connection.rollback(savepoint);
                }
            } catch (SQLException rollback) {
                log.warn("Savepoint of notification {} not rolled back: {}", kind, rollback.getClass().getSimpleName());
            }
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private void write(Notification.Kind kind, About about, String user, String group, String subjectUser) {
        jdbc.update("""
                insert into notification (kind, case_number, task_id, task_key, task_name, recipient_user,
                                          recipient_group, actor, subject_user, created_at)
                values (:kind, :caseNumber, :taskId, :taskKey, :taskName, :user, :group, :actor, :subject, :at)
                """, new MapSqlParameterSource()
                .addValue("kind", kind.name())
                .addValue("caseNumber", about.caseNumber())
                .addValue("taskId", about.taskId())
                .addValue("taskKey", about.taskKey())
                .addValue("taskName", about.taskName())
                .addValue("user", user)
                .addValue("group", group)
                .addValue("actor", CurrentUser.id())
                .addValue("subject", subjectUser)
                .addValue("at", Timestamp.from(clock.instant())));
    }

    /** The current user's unread notifications: their own and their groups'. */
    @Transactional(readOnly = true)
    public int unreadCount() {
        Integer count = jdbc.queryForObject("select count(*) from notification n where " + VISIBLE
                + " and not exists (select 1 from notification_read r where r.notification_id = n.id and r.user_id = :user)",
                reader(), Integer.class);
        return count == null ? 0 : count;
    }

    /** The current user's latest notifications, newest first, read ones included. */
    @Transactional(readOnly = true)
    public List<Notification> latest(int limit) {
        return jdbc.query("""
                select n.*, exists (select 1 from notification_read r
                                    where r.notification_id = n.id and r.user_id = :user) as is_read
                from notification n where %s
                order by n.created_at desc, n.id desc limit :limit
                """.formatted(VISIBLE), reader().addValue("limit", limit),
                (row, i) -> new Notification(row.getLong("id"), Notification.Kind.valueOf(row.getString("kind")),
                        row.getString("case_number"), row.getString("task_id"), row.getString("task_key"),
                        row.getString("task_name"), row.getString("actor"), row.getString("subject_user"),
                        row.getTimestamp("created_at").toInstant(), row.getBoolean("is_read")));
    }

    /** Marks everything the current user can see as read. */
    public int markAllRead() {
        return jdbc.update("""
                insert into notification_read (notification_id, user_id, read_at)
                select n.id, :user, :at from notification n where %s
                on conflict do nothing
                """.formatted(VISIBLE), reader().addValue("at", Timestamp.from(clock.instant())));
    }

    private static MapSqlParameterSource reader() {
        List<String> groups = CurrentUser.groups();
        return new MapSqlParameterSource()
                .addValue("user", CurrentUser.id())
                .addValue("groups", groups.isEmpty() ? List.of("-") : groups);
    }
}
