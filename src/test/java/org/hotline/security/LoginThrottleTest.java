package org.hotline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Login throttling as an attacker and the real user meet it, each from their own address (sent as X-Forwarded-For,
 * which the server takes from a proxy on the local network, as it would from the hotline's proxy).
 */
@HotlineSpringTest
class LoginThrottleTest {

    private static final String USER = "throttled1";
    private static final String PASSWORD = "a-long-enough-password";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;
    @Autowired LoginThrottle throttle;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void user() {
        // The clock stands still unless a test moves it: the waits below are exact.
        ClockUtil.setCurrentTime(Date.from(clock.instant()));
        User user = identity.newUser(USER);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(USER, Roles.ADVOCATES);
    }

    @AfterEach
    void forget() {
        ClockUtil.reset();
        jdbc.update("delete from login_throttle");
        jdbc.update("delete from login_known_source");
        identity.deleteUser(USER);
    }

    @Test
    @DisplayName("After three free failures a name from one source waits 5 s, then 10 s, the right password too (429 with"
            + " Retry-After); from another source it logs in meanwhile; a success forgets the failures")
    void delayPerSourceAndUser() throws Exception {
        String attacker = "203.0.113.20";
        for (int i = 0; i < 3; i++) {
            assertThat(basic(attacker, USER, "guess" + i).statusCode()).isEqualTo(401);
        }
        assertThat(basic(attacker, USER, PASSWORD).statusCode()).as("three failures are free").isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            assertThat(basic(attacker, USER, "guess" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> waiting = basic(attacker, USER, PASSWORD);
        assertThat(waiting.statusCode()).isEqualTo(429);
        assertThat(waiting.headers().firstValue("Retry-After")).hasValue("5");
        assertThat(waiting.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(json.readTree(waiting.body()).path("status").asInt()).isEqualTo(429);
        assertThat(waiting.body()).doesNotContain(USER);
        assertThat(basic("203.0.113.21", USER, PASSWORD).statusCode()).as("the user from elsewhere").isEqualTo(200);

        moveClock(Duration.ofSeconds(6));
        assertThat(basic(attacker, USER, "guess").statusCode()).isEqualTo(401);
        assertThat(basic(attacker, USER, PASSWORD).headers().firstValue("Retry-After")).hasValue("10");
        moveClock(Duration.ofSeconds(11));
        assertThat(basic(attacker, USER, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where scope = 'SOURCE_USER'", Integer.class))
                .as("the success forgot the failures from there").isZero();
    }

    @Test
    @DisplayName("A source failing 30 times across names is blocked for 15 minutes, the right password too; the user"
            + " logs in from another source meanwhile; the block expires")
    void sourceBlockExpires() throws Exception {
        String attacker = "203.0.113.10";
        failAcrossNames(attacker, 30);
        HttpResponse<String> blocked = basic(attacker, USER, PASSWORD);
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.headers().firstValue("Retry-After")).hasValue("900");
        assertThat(blocked.body()).contains("\"status\":429").doesNotContain(USER);
        HttpResponse<String> engineRest = basic(attacker, "admin", "demo", "/engine-rest/engine");
        assertThat(engineRest.statusCode()).as("the engine's REST API too").isEqualTo(429);
        assertThat(engineRest.headers().firstValue("Retry-After")).isPresent();

        assertThat(basic("203.0.113.11", USER, PASSWORD).statusCode()).isEqualTo(200);

        moveClock(Duration.ofMinutes(14));
        assertThat(basic(attacker, USER, PASSWORD).statusCode()).isEqualTo(429);
        moveClock(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(basic(attacker, USER, PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("A name failing 100 times from many sources is locked everywhere for a while, until an administrator"
            + " lifts it (audited); the last administrator is never locked, and the engine locks nobody")
    void userLockAndLastAdministrator() throws Exception {
        failFromManySources(USER, 100);
        HttpResponse<String> locked = basic("198.51.100.200", USER, PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(locked.headers().firstValue("Retry-After")).hasValue("900");

        assertThat(basic(null, "advocate1", "demo", "/api/admin/login-throttle").statusCode()).isEqualTo(403);
        JsonNode overview = json.readTree(basic(null, "admin", "demo", "/api/admin/login-throttle").body());
        JsonNode lock = null;
        for (JsonNode block : overview.path("blocks")) {
            if (block.path("scope").asText().equals("USER") && block.path("user").asText().equals(USER)) {
                lock = block;
            }
        }
        assertThat(lock).as(overview.toString()).isNotNull();
        assertThat(lock.path("failures").asInt()).isEqualTo(100);
        assertThat(overview.path("recentFailures").size()).isPositive();
        assertThat(overview.path("settings").path("perUser").path("failures").asInt()).isEqualTo(100);

        HttpResponse<String> lifted = send("DELETE", "/api/admin/login-throttle/" + lock.path("id").asLong());
        assertThat(lifted.statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_THROTTLE_LIFTED'"
                + " and actor = 'admin' and detail like ?", Integer.class, "%user " + USER + " from every source%"))
                .isOne();
        assertThat(send("DELETE", "/api/admin/login-throttle/" + lock.path("id").asLong()).statusCode()).isEqualTo(404);
        assertThat(send("DELETE", "/api/admin/login-throttle/x").body()).contains("\"status\":400", "\"field\":\"id\"");
        assertThat(basic("198.51.100.200", USER, PASSWORD).statusCode()).isEqualTo(200);

        assertThat(identity.createUserQuery().memberOfGroup(Roles.ADMINS).list()).extracting(User::getId)
                .as("the demo's only administrator").containsExactly("admin");
        failFromManySources("admin", 100);
        assertThat(basic("198.51.100.201", "admin", "demo").statusCode()).as("never locked").isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from login_throttle where scope = 'USER' and user_id = 'admin'"
                + " and failures >= 100 and blocked_until is null", Integer.class)).isOne();
        assertThat(basic("198.51.100.0", "admin", "guess").statusCode()).isEqualTo(401);
        assertThat(basic("198.51.100.0", "admin", "demo").statusCode()).as("but throttled per source")
                .isEqualTo(429);

        for (String user : List.of("admin", USER)) {
            Map<String, Object> engineLock = jdbc.queryForMap(
                    "select LOCK_EXP_TIME_ as until, coalesce(ATTEMPTS_, 0) as attempts from ACT_ID_USER where ID_ = ?", user);
            assertThat(engineLock.get("until")).as(user).isNull();
            assertThat(((Number) engineLock.get("attempts")).intValue()).as(user).isZero();
        }
    }

    @Test
    @DisplayName("A name locked by failures from everywhere still logs in from where its owner logged in before; a "
            + "stranger's new address is refused")
    void ownerKeepsTheirKnownSource() throws Exception {
        assertThat(basic("203.0.113.50", USER, PASSWORD).statusCode()).as("the owner's usual workstation").isEqualTo(200);
        failFromManySources(USER, 100);
        assertThat(basic("198.51.100.210", USER, PASSWORD).statusCode()).as("a new address").isEqualTo(429);
        assertThat(basic("203.0.113.50", USER, PASSWORD).statusCode()).as("the owner, from where they logged in")
                .isEqualTo(200);
        assertThat(basic("203.0.113.50", USER, "guess").statusCode()).isEqualTo(401);
        moveClock(Duration.ofDays(31));
        assertThat(basic("203.0.113.50", USER, PASSWORD).statusCode())
                .as("and once the lock is over, from anywhere").isEqualTo(200);
    }

    @Test
    @DisplayName("A source stays known from one login to the next: its last success is written when new, not again"
            + " within ten minutes, then again once older (so that Basic authentication does not write on every request)")
    void knownSourceWrittenWhenStale() throws Exception {
        String source = "203.0.113.60";
        assertThat(basic(source, USER, PASSWORD).statusCode()).isEqualTo(200);
        java.sql.Timestamp first = lastSuccess();
        assertThat(first).as("written at the first login").isNotNull();
        moveClock(Duration.ofMinutes(9));
        assertThat(basic(source, USER, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(lastSuccess()).as("not written again nine minutes later").isEqualTo(first);
        moveClock(Duration.ofMinutes(2));
        assertThat(basic(source, USER, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(lastSuccess()).as("written again eleven minutes after the first")
                .isEqualTo(java.sql.Timestamp.from(first.toInstant().plus(Duration.ofMinutes(11))));
    }

    private java.sql.Timestamp lastSuccess() {
        return jdbc.query("select last_success_at from login_known_source", rs -> rs.next() ? rs.getTimestamp(1) : null);
    }

    @Test
    @DisplayName("The engine's own lock-out is off: twelve wrong passwords in a row leave the user unlocked")
    void engineLocksNobody() {
        for (int i = 0; i < 12; i++) {
            assertThat(identity.checkPassword(USER, "guess" + i)).isFalse();
        }
        assertThat(jdbc.queryForObject("select LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?", java.sql.Timestamp.class,
                USER)).isNull();
        assertThat(identity.checkPassword(USER, PASSWORD)).isTrue();
    }

    @Test
    @DisplayName("A throttled form login shows the login page asking to wait, in English and French, naming no user")
    void formLoginMessage() throws Exception {
        String attacker = "203.0.113.30";
        FormSession english = new FormSession("en");
        for (int i = 0; i < 4; i++) {
            assertThat(english.login(attacker, USER, "guess" + i)).endsWith("/login?error");
        }
        assertThat(english.page("/login?error")).contains("Wrong user name or password.");
        assertThat(english.login(attacker, USER, PASSWORD)).endsWith("/login?error");
        String page = english.page("/login?error");
        assertThat(page).contains("Too many attempts to log in. Wait 5 seconds and try again.")
                .doesNotContain("Wrong user name or password").doesNotContain(USER);

        FormSession french = new FormSession("fr");
        assertThat(french.login(attacker, USER, PASSWORD)).endsWith("/login?error");
        assertThat(french.page("/login?error"))
                .contains("Trop de tentatives de connexion. Attendez 5 secondes et réessayez.");

        String blockedSource = "203.0.113.31";
        failAcrossNames(blockedSource, 30);
        FormSession blocked = new FormSession("en");
        assertThat(blocked.login(blockedSource, "advocate1", "demo")).endsWith("/login?error");
        assertThat(blocked.page("/login?error")).contains("Too many attempts to log in. Wait 15 minutes and try again.");
    }

    @Test
    @DisplayName("Administrators see the waits on their home page and lift one there; nobody else may")
    void adminHomePage() throws Exception {
        String attacker = "203.0.113.50";
        failAcrossNames(attacker, 30);
        FormSession advocate = new FormSession("en");
        assertThat(advocate.login("203.0.113.52", "advocate1", "demo")).doesNotContain("error");
        assertThat(advocate.page("/")).doesNotContain("Logins that must wait");

        FormSession admin = new FormSession("en");
        assertThat(admin.login("203.0.113.51", "admin", "demo")).doesNotContain("error");
        String home = admin.page("/");
        assertThat(home).contains("Logins that must wait", "Address " + attacker);
        Matcher lift = Pattern.compile("/login-throttle/(\\d+)/lift").matcher(home);
        assertThat(lift.find()).isTrue();
        assertThat(advocate.post(lift.group()).statusCode()).isEqualTo(403);
        assertThat(basic(attacker, USER, PASSWORD).statusCode()).isEqualTo(429);

        HttpResponse<String> lifted = admin.post(lift.group());
        assertThat(lifted.headers().firstValue("Location").orElseThrow()).endsWith("/");
        assertThat(admin.page("/")).contains("The wait is lifted.", "No address or user name must wait now.");
        assertThat(basic(attacker, USER, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'LOGIN_THROTTLE_LIFTED'"
                + " and detail like ?", Integer.class, "%source " + attacker + ",%")).isOne();
    }

    @Test
    @DisplayName("While a name that failed from a source is being checked, a second attempt from there waits")
    void oneCheckAtATime() {
        String source = "203.0.113.40";
        throttle.failed(throttle.begin(source, USER));
        LoginThrottle.Attempt checking = throttle.begin(source, USER);
        assertThatThrownBy(() -> throttle.begin(source, USER)).isInstanceOf(LoginThrottled.class);
        assertThat(throttle.begin("203.0.113.41", USER)).as("from elsewhere").isNotNull();
        throttle.succeeded(checking);
        assertThat(throttle.begin(source, USER)).isNotNull();
    }

    @Test
    @DisplayName("Counts whose window is over are forgotten: an address's after 15 minutes, a name's after an hour,"
            + " a name's from an address after a day")
    void forgetting() {
        throttle.failed(throttle.begin("203.0.113.60", USER));
        assertThat(scopes()).containsExactlyInAnyOrder("SOURCE_USER", "SOURCE", "USER");
        moveClock(Duration.ofMinutes(15));
        throttle.forgetOld();
        assertThat(scopes()).containsExactlyInAnyOrder("SOURCE_USER", "USER");
        moveClock(Duration.ofMinutes(45));
        throttle.forgetOld();
        assertThat(scopes()).containsExactly("SOURCE_USER");
        moveClock(Duration.ofHours(23));
        throttle.forgetOld();
        assertThat(scopes()).isEmpty();
    }

    private List<String> scopes() {
        return jdbc.queryForList("select scope from login_throttle", String.class);
    }

    @Test
    @DisplayName("Passwords cannot be tried past the throttle through the webapps' own login or identity check")
    void noOtherPasswordCheck() throws Exception {
        WebappSession advocate = new WebappSession(port, json).login("advocate1");
        assertThat(advocate.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
                "username=admin&password=demo").statusCode()).isEqualTo(403);
        WebappSession designer = new WebappSession(port, json).login("designer1");
        assertThat(designer.send("POST", "/camunda/api/engine/engine/default/identity/verify",
                "{\"username\":\"admin\",\"password\":\"demo\"}")).isEqualTo(403);
    }

    @Test
    @DisplayName("A source is the client's address; an IPv6 client counts by its /64, local addresses stay whole")
    void sources() {
        assertThat(LoginThrottle.sourceOf("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(LoginThrottle.sourceOf("2001:db8:1:2:aaaa::1")).isEqualTo(LoginThrottle.sourceOf("2001:db8:1:2:bbbb::9"))
                .isEqualTo("2001:db8:1:2:0:0:0:0/64").isNotEqualTo(LoginThrottle.sourceOf("2001:db8:1:3::1"));
        assertThat(LoginThrottle.sourceOf("::ffff:203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(LoginThrottle.sourceOf("0:0:0:0:0:0:0:1")).isEqualTo("0:0:0:0:0:0:0:1");
        assertThat(LoginThrottle.sourceOf("fd00::1")).isNotEqualTo(LoginThrottle.sourceOf("fd00::2"));
        assertThat(LoginThrottle.sourceOf("evil\nhost name")).isEqualTo("evil_host_name");
        assertThat(LoginThrottle.sourceOf(null)).isEqualTo("unknown");
    }

    /** Failures spread over names that are no users, three each (free per name): only the source counts them all. */
    private void failAcrossNames(String source, int failures) throws Exception {
        for (int i = 0; i < failures; i++) {
            assertThat(basic(source, "nobody" + i / 3, "guess" + i).statusCode()).isEqualTo(401);
        }
    }

    /** Failures three from a source (free there), from one source after another: only the name counts them all. */
    private void failFromManySources(String user, int failures) throws Exception {
        for (int i = 0; i < failures; i++) {
            assertThat(basic("198.51.100." + i / 3, user, "guess" + i).statusCode()).isEqualTo(401);
        }
    }

    private void moveClock(Duration by) {
        ClockUtil.setCurrentTime(Date.from(clock.instant().plus(by)));
    }

    private HttpResponse<String> basic(String source, String user, String password) throws Exception {
        return basic(source, user, password, "/api/notifications");
    }

    private HttpResponse<String> basic(String source, String user, String password, String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (source != null) {
            request.header("X-Forwarded-For", source);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).method(method, HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A browser on the login page, in one language. */
    private final class FormSession {

        private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String language;

        FormSession(String language) {
            this.language = language;
        }

        /** Where the login sends the browser. */
        String login(String source, String user, String password) throws Exception {
            Matcher token = CSRF.matcher(page("/login"));
            assertThat(token.find()).isTrue();
            String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                    + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            return browser.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", source)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString())
                    .headers().firstValue("Location").orElse("");
        }

        /** A page form posted with the CSRF token of the login page (the session's token). */
        HttpResponse<String> post(String path) throws Exception {
            Matcher token = CSRF.matcher(page("/login"));
            assertThat(token.find()).isTrue();
            return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token.group(1),
                            StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        }

        String page(String path) throws Exception {
            HttpResponse<String> response = browser.send(HttpRequest.newBuilder(uri(path))
                    .header("Accept-Language", language).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            return response.body();
        }
    }
}
