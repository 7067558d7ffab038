package org.hotline.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.hotline.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Slows password guessing without ever locking anyone out for good. Failed logins are counted in
 * {@code login_throttle}, which every node shares, three ways:
 * <ul>
 * <li>a user name from one source address: the first few failures are free, then each failure makes the next attempt
 * from there wait, longer each time up to a ceiling;</li>
 * <li>a source address, whatever the names it tries: many failures within a window block it for a while;</li>
 * <li>a user name from every source: a great many failures within a window lock it for a while, except the last
 * administrator who is not locked, who is throttled per source only.</li>
 * </ul>
 * An attempt that must wait is refused before its password is checked, so it tells the attacker nothing, and it is
 * not counted as a failure. A successful login forgets the name's failures from that source. The source is the client
 * address as the server sees it (behind a trusted proxy, the one it forwards); an IPv6 address counts by its /64,
 * which one client usually holds whole.
 */
@Service
public class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
    /** How long a password check holds its name and source against a second one; a node dying mid-check lets go then. */
    private static final Duration CHECK_LEASE = Duration.ofSeconds(10);
    /** The wait of an attempt that arrives while the same name from the same source is being checked. */
    private static final Duration CHECK_UNDER_WAY = Duration.ofSeconds(1);
    /** How stale a known source's last success may be before a login writes it again (it is kept for days). */
    private static final Duration KNOWN_SOURCE_RESOLUTION = Duration.ofMinutes(10);
    /** The longest user id the engine stores (ACT_ID_USER.ID_): a longer name is no user. */
    private static final int MAX_USER_ID = 64;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final String COLUMNS = "select id, scope, source, user_id, failures, window_start, last_failure_at,"
            + " blocked_until, refused from login_throttle";

    /** What a row counts: a user name from one source address, a source address, a user name from every source. */
    public enum Scope { SOURCE_USER, SOURCE, USER }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final IdentityService identity;
    private final AuditLog audit;
    private final Clock clock;
    private final LoginThrottleSettings settings;

    LoginThrottle(JdbcTemplate jdbc, TransactionTemplate transaction, IdentityService identity, AuditLog audit,
                  Clock clock, LoginThrottleSettings settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /** One login attempt: the source it came from and the name it gave. */
    static final class Attempt {

        private final String source;
        private final String userName;
        private final String userHash;
        /** The name had failures from this source when the attempt began. */
        private boolean hadFailures;

        private Attempt(String source, String userName) {
            this.source = source;
            this.userName = userName;
            this.userHash = sha256(userName);
        }

        String source() {
            return source;
        }

        private String key(Scope scope) {
            return switch (scope) {
                case SOURCE_USER -> "SU:" + source + "|" + userHash;
                case SOURCE -> "S:" + source;
                case USER -> "U:" + userHash;
            };
        }
    }

    /** A row of the table as administrators see it; {@code user} is null where the name is no user. */
    public record Entry(long id, Scope scope, String source, String user, int failures, Instant firstFailureAt,
                 Instant lastFailureAt, Instant blockedUntil, int refusedWhileBlocked) {
    }

    private record Row(long id, Scope scope, String source, String userId, int failures, Instant windowStart,
                       Instant lastFailureAt, Instant blockedUntil, int refused) {
    }

    /**
     * Before the password is checked: the attempt, if it may go ahead.
     *
     * @throws LoginThrottled when the source, the name, or the name from this source must wait
     */
    Attempt begin(String address, String userName) {
        Attempt attempt = new Attempt(sourceOf(address), userName);
        Instant now = clock.instant();
        Row pair = null;
        Row blocking = null;
        Instant until = null;
        for (Row row : jdbc.query(COLUMNS + " where throttle_key in (?, ?, ?)", LoginThrottle::row,
                attempt.key(Scope.SOURCE_USER), attempt.key(Scope.SOURCE), attempt.key(Scope.USER))) {
            if (row.scope() == Scope.SOURCE_USER) {
                pair = row;
            }
            Instant rowUntil = blockedUntil(row, now);
            if (rowUntil != null && (until == null || rowUntil.isAfter(until))
                    && !(row.scope() == Scope.USER && (lastActiveAdministrator(userName, now)
                            || knownSource(attempt, now)))) {
                blocking = row;
                until = rowUntil;
            }
        }
        if (blocking != null) {
            throw refuse(blocking, now, Duration.between(now, until));
        }
        if (pair != null && !forgotten(pair, now)) {
            // A name that failed from this source is checked one attempt at a time, so that a burst of parallel
            // guesses cannot all pass before the first failure is counted.
            int leased = jdbc.update("update login_throttle set checking_until = ? where id = ?"
                    + " and (checking_until is null or checking_until <= ?)", ts(now.plus(CHECK_LEASE)), pair.id(), ts(now));
            if (leased == 0) {
                throw refuse(pair, now, CHECK_UNDER_WAY);
            }
        }
        attempt.hadFailures = pair != null;
        return attempt;
    }

    /** The password was right: the name's failures from this source are forgotten. */
    void succeeded(Attempt attempt) {
        // Written when the pair is new or its last success is older than KNOWN_SOURCE_RESOLUTION: a login every few
        // seconds (the API's Basic authentication logs in on every request) then writes nothing, and its
        // transaction, which changed no row, commits without waiting for the disk.
        Instant now = clock.instant();
        jdbc.update("""
                insert into login_known_source (user_hash, source, last_success_at)
                select ?, ?, ? where not exists (select 1 from login_known_source
                        where user_hash = ? and source = ? and last_success_at > ?)
                on conflict (user_hash, source) do update set last_success_at = excluded.last_success_at
                """, attempt.userHash, attempt.source, ts(now), attempt.userHash, attempt.source,
                ts(now.minus(knownSourceResolution())));
        if (attempt.hadFailures && jdbc.update("delete from login_throttle where throttle_key = ?",
                attempt.key(Scope.SOURCE_USER)) > 0) {
            log.info("Login throttle: {} logged in; the failures from there are forgotten",
                    describe(Scope.SOURCE_USER, attempt.source, attempt.userName));
        }
    }

    /** A hundredth of how long a source stays known, at most KNOWN_SOURCE_RESOLUTION. */
    private Duration knownSourceResolution() {
        Duration hundredth = settings.perUser().knownSourceFor().dividedBy(100);
        return hundredth.compareTo(KNOWN_SOURCE_RESOLUTION) < 0 ? hundredth : KNOWN_SOURCE_RESOLUTION;
    }

    /** The password was wrong (or the name is no user): count it three ways, and make the next attempts wait. */
    void failed(Attempt attempt) {
        String userId = knownUser(attempt.userName);
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            // Always in this order (name from source, source, name), so that two failures never wait on each other.
            Row pair = lockRow(attempt, Scope.SOURCE_USER, userId, now);
            boolean fresh = forgotten(pair, now);
            int pairFailures = fresh ? 1 : pair.failures() + 1;
            Duration delay = settings.perSourceAndUser().delayAfter(pairFailures);
            save(pair, pairFailures, fresh ? now : pair.windowStart(), now, delay.isZero() ? null : now.plus(delay),
                    0, userId);
            if (!delay.isZero()) {
                log.info("Login throttle: {} failed {} times in a row; the next attempt from there waits {} s",
                        describe(Scope.SOURCE_USER, attempt.source, userId), pairFailures, delay.toSeconds());
            }

            LoginThrottleSettings.PerSource perSource = settings.perSource();
            Row source = lockRow(attempt, Scope.SOURCE, null, now);
            fresh = forgotten(source, now);
            int sourceFailures = fresh ? 1 : source.failures() + 1;
            Instant sourceBlock = source.blockedUntil();
            int sourceRefused = source.refused();
            if (sourceFailures >= perSource.failures() && blockedUntil(source, now) == null) {
                sourceBlock = now.plus(perSource.block());
                sourceRefused = 0;
                log.warn("Login throttle: {} failed {} times within {}; it is blocked for {}",
                        describe(Scope.SOURCE, attempt.source, null), sourceFailures, perSource.window(), perSource.block());
            }
            save(source, sourceFailures, fresh ? now : source.windowStart(), now, sourceBlock, sourceRefused, null);

            LoginThrottleSettings.PerUser perUser = settings.perUser();
            Row user = lockRow(attempt, Scope.USER, userId, now);
            fresh = forgotten(user, now);
            int userFailures = fresh ? 1 : user.failures() + 1;
            Instant userLock = user.blockedUntil();
            int userRefused = user.refused();
            if (userFailures >= perUser.failures() && blockedUntil(user, now) == null) {
                if (lastActiveAdministrator(attempt.userName, now)) {
                    if ((userFailures - perUser.failures()) % perUser.failures() == 0) {
                        log.warn("Login throttle: {} failed {} times within {}; not locked, as no other administrator"
                                + " could log in: throttled per source only", describe(Scope.USER, null, userId),
                                userFailures, perUser.window());
                    }
                } else {
                    userLock = now.plus(perUser.lock());
                    userRefused = 0;
                    log.warn("Login throttle: {} failed {} times within {}; it is locked for {}",
                            describe(Scope.USER, null, userId), userFailures, perUser.window(), perUser.lock());
                }
            }
            save(user, userFailures, fresh ? now : user.windowStart(), now, userLock, userRefused, userId);
        });
    }

    /** For administrators: what waits now, and what failed lately without waiting (at most 500 of each). */
    public List<Entry> blocks() {
        Instant now = clock.instant();
        return jdbc.query(COLUMNS + " where blocked_until > ? order by blocked_until desc, id limit 500",
                LoginThrottle::row, ts(now)).stream()
                .filter(row -> blockedUntil(row, now) != null)
                .map(row -> entry(row, now)).toList();
    }

    List<Entry> recentFailures() {
        Instant now = clock.instant();
        return jdbc.query(COLUMNS + " where failures > 0 and (blocked_until is null or blocked_until <= ?)"
                        + " order by last_failure_at desc, id limit 500", LoginThrottle::row, ts(now)).stream()
                .filter(row -> !forgotten(row, now))
                .map(row -> entry(row, now)).toList();
    }

    LoginThrottleSettings settings() {
        return settings;
    }

    /** An administrator lifts a wait and forgets its failures; audited. Empty when there is no such row. */
    public Optional<Entry> release(long id) {
        return transaction.execute(status -> {
            Instant now = clock.instant();
            List<Row> rows = jdbc.query(COLUMNS + " where id = ? for update", LoginThrottle::row, id);
            if (rows.isEmpty()) {
                return Optional.<Entry>empty();
            }
            Row row = rows.get(0);
            jdbc.update("delete from login_throttle where id = ?", id);
            String what = describe(row.scope(), row.source(), row.userId()) + ", " + row.failures() + " failures"
                    + (blockedUntil(row, now) == null ? "" : ", waiting until " + row.blockedUntil());
            audit.changed("LOGIN_THROTTLE_LIFTED", null, "Login throttle lifted: " + what);
            log.info("Login throttle: lifted by {}: {}", CurrentUser.id(), what);
            return Optional.of(entry(row, now));
        });
    }

    /** Rows whose window and wait are over are forgotten, on every node (deleting twice does no harm). */
    @Scheduled(initialDelay = 10, fixedDelay = 10, timeUnit = TimeUnit.MINUTES)
    void forgetOld() {
        Instant now = clock.instant();
        // Rows a login is counting on right now are skipped (it holds them locked): they wait for the next round.
        jdbc.update("""
                delete from login_throttle where id in (
                    select id from login_throttle
                    where (blocked_until is null or blocked_until <= ?) and (checking_until is null or checking_until <= ?)
                      and ((scope = 'SOURCE_USER' and last_failure_at <= ?) or (scope = 'SOURCE' and window_start <= ?)
                           or (scope = 'USER' and window_start <= ?))
                    for update skip locked)
                """, ts(now), ts(now), ts(now.minus(settings.perSourceAndUser().forgetAfter())),
                ts(now.minus(settings.perSource().window())), ts(now.minus(settings.perUser().window())));
        jdbc.update("delete from login_known_source where last_success_at <= ?",
                ts(now.minus(settings.perUser().knownSourceFor())));
    }

    /**
     * The client address as a key: IPv4 as it is, IPv6 by its /64 (except loopback, link-local and unique local
     * addresses, which stay whole), anything else (a proxy forwarding a non-address) cleaned and cut short.
     */
    static String sourceOf(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        String text = address.strip();
        if (IPV4.matcher(text).matches()) {
            return text;
        }
        if (text.indexOf(':') >= 0 && IPV6.matcher(text).matches()) {
            try {
                // A literal with a colon is parsed, never looked up in DNS.
                InetAddress parsed = InetAddress.getByName(text);
                byte[] bytes = parsed.getAddress();
                if (parsed instanceof Inet6Address && !parsed.isLoopbackAddress() && !parsed.isLinkLocalAddress()
                        && !parsed.isSiteLocalAddress() && (bytes[0] & 0xfe) != 0xfc) {
                    Arrays.fill(bytes, 8, 16, (byte) 0);
                    return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
                }
                return parsed.getHostAddress();
            } catch (UnknownHostException | RuntimeException e) {
                // not an address: kept as text below
            }
        }
        String cleaned = text.replaceAll("[^0-9A-Za-z.:_-]", "_");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
    }

    /** The name, if it is an existing user; null otherwise (it may be a password typed into the wrong field). */
    private String knownUser(String userName) {
        return userName.length() <= MAX_USER_ID && identity.createUserQuery().userId(userName).count() > 0 ? userName : null;
    }

    /** An administrator whom no other administrator could stand in for: every other one is locked, or there is none. */
    /** The user logged in from this source within {@code known-source-for}: a lock of the name does not apply here. */
    private boolean knownSource(Attempt attempt, Instant now) {
        Integer known = jdbc.queryForObject("select count(*) from login_known_source where user_hash = ? and source = ?"
                + " and last_success_at > ?", Integer.class, attempt.userHash, attempt.source,
                ts(now.minus(settings.perUser().knownSourceFor())));
        return known != null && known > 0;
    }

    private boolean lastActiveAdministrator(String userName, Instant now) {
        if (userName.length() > MAX_USER_ID
                || identity.createUserQuery().userId(userName).memberOfGroup(Roles.ADMINS).count() == 0) {
            return false;
        }
        Set<String> locked = new HashSet<>(jdbc.queryForList("select user_id from login_throttle where scope = 'USER'"
                + " and user_id is not null and blocked_until > ?", String.class, ts(now)));
        return identity.createUserQuery().memberOfGroup(Roles.ADMINS).list().stream().map(User::getId)
                .allMatch(admin -> admin.equals(userName) || locked.contains(admin));
    }

    private LoginThrottled refuse(Row row, Instant now, Duration wait) {
        List<Integer> refused = jdbc.queryForList("update login_throttle set refused = refused + 1 where id = ?"
                + " returning refused", Integer.class, row.id());
        if (!refused.isEmpty() && refused.get(0) == 1) {
            log.info("Login throttle: an attempt refused without checking its password: {} waits {} s more;"
                    + " further attempts in this wait are counted, not logged",
                    describe(row.scope(), row.source(), row.userId()), Math.max(1, wait.toSeconds()));
        }
        return new LoginThrottled(now, wait);
    }

    private Row lockRow(Attempt attempt, Scope scope, String userId, Instant now) {
        // Again if the row was forgotten (deleted) between the insert and the lock.
        for (int round = 0; ; round++) {
            jdbc.update("""
                    insert into login_throttle (throttle_key, scope, source, user_hash, user_id, failures, window_start,
                                                last_failure_at)
                    values (?, ?, ?, ?, ?, 0, ?, ?) on conflict (throttle_key) do nothing
                    """, attempt.key(scope), scope.name(), scope == Scope.USER ? null : attempt.source,
                    scope == Scope.SOURCE ? null : attempt.userHash, userId, ts(now), ts(now));
            List<Row> rows = jdbc.query(COLUMNS + " where throttle_key = ? for update", LoginThrottle::row,
                    attempt.key(scope));
            if (!rows.isEmpty() || round == 2) {
                return rows.get(0);
            }
        }
    }

    private void save(Row row, int failures, Instant windowStart, Instant now, Instant blockedUntil, int refused,
                      String userId) {
        jdbc.update("""
                update login_throttle set failures = ?, window_start = ?, last_failure_at = ?, blocked_until = ?,
                       refused = ?, checking_until = null, user_id = coalesce(?, user_id)
                where id = ?
                """, failures, ts(windowStart), ts(now), blockedUntil == null ? null : ts(blockedUntil), refused, userId,
                row.id());
    }

    /** Until when the row makes attempts wait, never longer than its scope's longest wait from now (clocks differ). */
    private Instant blockedUntil(Row row, Instant now) {
        if (row.blockedUntil() == null || !row.blockedUntil().isAfter(now)) {
            return null;
        }
        Duration longest = switch (row.scope()) {
            case SOURCE_USER -> settings.perSourceAndUser().maxDelay();
            case SOURCE -> settings.perSource().block();
            case USER -> settings.perUser().lock();
        };
        Instant latest = now.plus(longest);
        return row.blockedUntil().isAfter(latest) ? latest : row.blockedUntil();
    }

    /** Its failures no longer count: none yet, or their window is over. */
    private boolean forgotten(Row row, Instant now) {
        return row.failures() == 0 || switch (row.scope()) {
            case SOURCE_USER -> !now.isBefore(row.lastFailureAt().plus(settings.perSourceAndUser().forgetAfter()));
            case SOURCE -> !now.isBefore(row.windowStart().plus(settings.perSource().window()));
            case USER -> !now.isBefore(row.windowStart().plus(settings.perUser().window()));
        };
    }

    private Entry entry(Row row, Instant now) {
        return new Entry(row.id(), row.scope(), row.source(), row.userId(), row.failures(), row.windowStart(),
                row.lastFailureAt(), blockedUntil(row, now), row.refused());
    }

    /** For the logs and the audit log: staff user names, never a name that is no user. */
    private static String describe(Scope scope, String source, String userId) {
        String user = userId == null ? "a name that is no user" : "user " + userId;
        return switch (scope) {
            case SOURCE_USER -> user + " from " + source;
            case SOURCE -> "source " + source;
            case USER -> user + " from every source";
        };
    }

    private static Row row(ResultSet rs, int rowNumber) throws SQLException {
        Timestamp blocked = rs.getTimestamp("blocked_until");
        return new Row(rs.getLong("id"), Scope.valueOf(rs.getString("scope")), rs.getString("source"),
                rs.getString("user_id"), rs.getInt("failures"), rs.getTimestamp("window_start").toInstant(),
                rs.getTimestamp("last_failure_at").toInstant(), blocked == null ? null : blocked.toInstant(),
                rs.getInt("refused"));
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
