package org.hotline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.hotline.support.NoInternals;
import org.hotline.support.WebappSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A campaign of bad input against every endpoint that takes some: malformed JSON, wrong types, out-of-range and
 * unknown codes, huge values, control characters and lone surrogates, injection strings and path traversal in ids
 * and query parameters. Our API answers every one with a 4xx problem (never a 5xx), and nothing is written. The
 * engine's REST API (both its forms) and the webapps' APIs (engine, Tasklist, Cockpit, Admin) get the same kind of
 * input from every role and without a login: never a 5xx, and no answer shows a Java class, an exception or an
 * engine message. Free text that is merely strange (quotes, markup, right-to-left marks, emoji) is taken and read
 * back unchanged.
 */
@HotlineSpringTest
class BadInputCampaignTest {

    private static final List<String> TABLES = List.of("hotline_case", "case_contact", "timeline_event", "consent",
            "referral", "report", "follow_up", "risk_assessment", "notification", "protocol_version", "organization",
            "service", "idempotency_key", "legal_hold_count");
    private static final Set<String> FREE_TEXT = Set.of("summary", "callerName", "reason", "wording", "recipient",
            "municipality");
    private static final List<Object> WRONG_VALUES = List.of(12345, -1, 1.0e308, true, List.of(), Map.of(),
            List.of(List.of(List.of())), "", "NOT_A_CODE", "x".repeat(100_000), "\u0000", "\uD800",
            "' OR '1'='1' --", "<script>alert(1)</script>", "${7*7}", "#{7*7}", "../../../etc/passwd");
    private static final List<String> MALFORMED = List.of("", "{", "}", "[]", "null", "42", "\"text\"", "{\"a\":",
            "{\"a\" 1}", "{'single': 'quotes'}", "\u0000", "{\"x\":\"\\uD800\"}", "[".repeat(5_000) + "]".repeat(5_000),
            "{\"unknownField\": true}", "<xml/>", "\uFEFF{}");
    private static final List<String> BAD_IDS = List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f", "'%20OR%20'1'%3D'1",
            "HT-2026-999999", "x".repeat(3000), "%00", "%C0%AE%C0%AE", "%E2%80%AE", "-1", "null");

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService taskService;

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> failures = new ArrayList<>();
    private final Map<String, Integer> perSurface = new LinkedHashMap<>();
    private final Map<String, Integer> perRole = new LinkedHashMap<>();
    private int tried;

    @Test
    @DisplayName("Over a thousand bad inputs to every endpoint, as every role: never a 5xx or internals, nothing written")
    void campaign() throws Exception {
        Api api = new Api(port, json);
        String caseNumber = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto()).node()
                .path("caseNumber").asText();
        String task = api.get("advocate1", "/api/tasks?view=group").node().findValuesAsText("id").get(0);
        api.post("advocate1", "/api/tasks/" + task + "/claim", "");
        String protocol = api.get("supervisor1", "/api/protocols").node().get(0).path("protocolId").asText();
        // For the engine's APIs: a running case's process instance, and a task already finished.
        String engineCase = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto()).node().path("caseNumber").asText();
        String finished = api.taskOf("advocate1", engineCase, "Task_ConfirmRisk");
        String instance = taskService.createTaskQuery().taskId(finished).singleResult().getProcessInstanceId();
        api.post("advocate1", "/api/tasks/" + finished + "/claim", "");
        assertThat(api.post("advocate1", "/api/tasks/" + finished + "/complete",
                Map.of("variables", Map.of("riskLevel", "HIGH"))).status()).isBetween(200, 204);
        Map<String, Long> before = counts();

        Map<String, Object> consent = Map.of("purpose", "REFER_TO_SERVICES", "granted", true, "method", "VERBAL",
                "wording", "Read to the caller");
        List<Target> targets = List.of(
                new Target("POST", "/api/cases", "advocate1", Intakes.adultVictimInToronto()),
                new Target("POST", "/api/cases/" + caseNumber + "/escalations", "advocate1", Map.of("reason", "r")),
                new Target("POST", "/api/cases/" + caseNumber + "/consents", "advocate1", consent),
                new Target("POST", "/api/tasks/" + task + "/complete", "advocate1", Map.of("variables", Map.of("riskLevel", "HIGH"))),
                new Target("POST", "/api/tasks/" + task + "/assignee", "supervisor1", Map.of("assignee", "advocate2")),
                new Target("POST", "/api/cases/" + caseNumber + "/risk-level", "supervisor1", Map.of("riskLevel", "CRITICAL")),
                new Target("PUT", "/api/cases/" + caseNumber + "/legal-hold", "supervisor1", Map.of("hold", true)),
                new Target("POST", "/api/cases/" + caseNumber + "/referrals/1/status", "advocate1", Map.of("status", "ACCEPTED")),
                new Target("PUT", "/api/protocols/" + protocol, "supervisor1", null),
                new Target("POST", "/api/directory/import", "admin", null),
                new Target("POST", "/api/migrations/preview", "designer1", null),
                new Target("POST", "/api/migrations", "designer1", null));

        for (Target target : targets) {
            for (String body : MALFORMED) {
                if (body.equals("[]") && target.path().equals("/api/directory/import")) {
                    continue; // an empty directory document is valid: it imports nothing
                }
                send(target.method(), target.path(), target.user(), body);
            }
            if (target.valid() != null) {
                for (String key : target.valid().keySet()) {
                    for (Object wrong : WRONG_VALUES) {
                        if (FREE_TEXT.contains(key) && wrong instanceof String text && text.length() < 5_000
                                && !text.contains("\u0000") && !text.contains("\uD800")) {
                            continue;
                        }
                        if (isAlsoValid(key, wrong) || target.valid().get(key) instanceof Boolean && wrong instanceof Boolean) {
                            continue;
                        }
                        Map<String, Object> mutated = new LinkedHashMap<>(target.valid());
                        mutated.put(key, wrong);
                        send(target.method(), target.path(), target.user(), json.writeValueAsString(mutated),
                                key + "=" + abbreviate(String.valueOf(wrong)));
                    }
                }
            }
        }
        // Nested fields of the intake.
        for (Object wrong : WRONG_VALUES) {
            for (String nested : List.of("jurisdiction.province", "person.ageYears", "person.appearsMinor")) {
                if (nested.equals("person.appearsMinor") && wrong instanceof Boolean) {
                    continue;
                }
                Map<String, Object> intake = Intakes.adultVictimInToronto();
                String[] parts = nested.split("\\.");
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = new LinkedHashMap<>((Map<String, Object>) intake.get(parts[0]));
                inner.put(parts[1], wrong);
                intake.put(parts[0], inner);
                send("POST", "/api/cases", "advocate1", json.writeValueAsString(intake), nested + "=" + abbreviate(String.valueOf(wrong)));
            }
            Map<String, Object> intake = Intakes.adultVictimInToronto();
            intake.put("indicators", List.of(wrong));
            send("POST", "/api/cases", "advocate1", json.writeValueAsString(intake), "indicators=[" + abbreviate(String.valueOf(wrong)) + "]");
        }
        // Ids in paths.
        for (String id : BAD_IDS) {
            send("GET", "/api/cases/" + id, "supervisor1", null);
            send("GET", "/api/cases/" + id + "/diagram", "supervisor1", null);
            send("POST", "/api/cases/" + id + "/escalations", "advocate1", "{\"reason\":\"r\"}");
            send("POST", "/api/cases/" + id + "/consents/" + id + "/withdrawal", "advocate1", "");
            send("POST", "/api/tasks/" + id + "/claim", "advocate1", "");
            send("POST", "/api/tasks/" + id + "/unclaim", "advocate1", "");
            send("POST", "/api/tasks/" + id + "/complete", "advocate1", "{\"variables\":{}}");
            send("GET", "/api/protocols/" + id + "/versions", "supervisor1", null);
            if (!id.matches("[A-Za-z0-9-]+")) {
                send("GET", "/api/migrations/" + id, "designer1", null); // a well-formed key of no process is a 200 []
            }
        }
        // Query parameters.
        for (String value : List.of("NOT_A_CODE", "-1", "99999999999999999999", "%27%20OR%201%3D1", "%00", "x".repeat(3000))) {
            send("GET", "/api/cases?status=" + value, "supervisor1", null);
            send("GET", "/api/cases?riskLevel=" + value, "supervisor1", null);
            send("GET", "/api/cases?jurisdiction=" + value, "supervisor1", null);
            send("GET", "/api/cases?page=" + value + "&size=" + value, "supervisor1", null);
            send("GET", "/api/tasks?view=" + value, "advocate1", null);
            send("GET", "/api/directory/services?province=" + value + "&need=" + value, "advocate1", null);
            send("GET", "/api/directory/services?province=ON&language=" + value + "&population=" + value
                    + "&open247=" + value, "advocate1", null);
            send("GET", "/api/protocols/lookup?province=" + value, "advocate1", null);
            send("GET", "/api/audit?caseNumber=" + value + "&size=" + value, "supervisor1", null);
        }

        engineRest("/engine-rest", instance, finished);
        engineRest("/engine-rest/engine/default", instance, finished);
        webapps(instance, finished);

        System.out.println("Bad-input campaign: " + tried + " inputs in all; per surface " + perSurface + "; per role "
                + perRole);
        assertThat(tried).as("inputs tried").isGreaterThanOrEqualTo(1000);
        assertThat(failures).as("of " + tried + " inputs").isEmpty();
        assertThat(counts()).as("nothing written").isEqualTo(before);
        assertThat(taskService.createTaskQuery().processInstanceId(instance).active().count()).as("the case goes on")
                .isPositive();
    }

    private static final List<String> ROLES = List.of("advocate1", "supervisor1", "designer1", "admin");
    private static final List<String> ENGINE_QUERIES = List.of("task", "process-instance", "process-definition",
            "history/process-instance", "variable-instance", "job");
    private static final List<String> BAD_QUERY_PARAMETERS = List.of("maxResults=abc", "maxResults=2001",
            "firstResult=abc&maxResults=10", "sortBy=nope&sortOrder=asc&maxResults=10");
    private static final List<String> BAD_QUERY_BODIES = List.of("", "{", "[]", "42", "{\"a\":", "{'single': 1}",
            "{\"priority\":1,\"priority\":2}", "{\"priority\":\"high\"}", "{\"priority\":1} {}",
            "{\"processVariables\":[{\"name\":\"x\",\"operator\":\"nope\",\"value\":1}]}",
            "{\"sorting\":[{\"sortBy\":\"nope\",\"sortOrder\":\"asc\"}]}", "{\"dueBefore\":\"yesterday\"}");
    private static final List<String> ENGINE_IDS = List.of("..%2F..%2Fetc", "%27%20OR%20%271%27%3D%271", "x".repeat(300),
            "00000000-0000-0000-0000-000000000000");
    /** Variable values the engine must refuse: every one would otherwise fail deep inside it. */
    private static final List<String> BAD_VARIABLES = List.of("{\"value\":\"twenty\",\"type\":\"Integer\"}",
            "{\"value\":15.5,\"type\":\"Integer\"}", "{\"value\":\"soon\",\"type\":\"Date\"}",
            "{\"value\":\"x\",\"type\":\"NoSuchType\"}", "{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\","
                    + "\"valueInfo\":{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":"
                    + "\"application/x-java-serialized-object\"}}", "{\"value\":{\"a\":1},\"type\":\"Long\"}");

    /** The engine's REST API under one of its two bases, as every role and without a login. */
    private void engineRest(String base, String instance, String finished) throws Exception {
        List<Caller> callers = new ArrayList<>();
        ROLES.forEach(role -> callers.add(basic(role)));
        callers.add(basic(null));
        for (Caller caller : callers) {
            for (String query : ENGINE_QUERIES) {
                for (String parameters : BAD_QUERY_PARAMETERS) {
                    probe(caller, base, "GET", base + "/" + query + "?" + parameters, null);
                }
            }
            for (String body : BAD_QUERY_BODIES) {
                probe(caller, base, "POST", base + "/task?maxResults=10", body);
                probe(caller, base, "POST", base + "/process-instance?maxResults=10", body);
            }
            for (String id : ENGINE_IDS) {
                probe(caller, base, "GET", base + "/task/" + id, null);
                probe(caller, base, "POST", base + "/task/" + id + "/complete", "{\"variables\":{}}");
                probe(caller, base, "POST", base + "/task/" + id + "/submit-form/", "{}");
                probe(caller, base, "DELETE", base + "/process-instance/" + id, null);
                probe(caller, base, "GET", base + "/process-definition/" + id + "/xml", null);
            }
            for (String variable : BAD_VARIABLES) {
                probe(caller, base, "PUT", base + "/process-instance/" + instance + "/variables/probe", variable);
                probe(caller, base, "POST", base + "/task/" + finished + "/complete",
                        "{\"variables\":{\"riskLevel\":" + variable + "}}");
                probe(caller, base, "POST", base + "/message", "{\"messageName\":\"nothing\",\"processVariables\":"
                        + "{\"x\":" + variable + "}}");
            }
            probe(caller, base, "POST", base + "/task/" + finished + "/submit-form/", "{\"variables\":{}}");
            probe(caller, base, "GET", base + "/metrics?maxResults=2000", null);
            probe(caller, base, "GET", base + "/task?maxResults=10&assigneeExpression=%24%7BcurrentUser()%7D", null);
            probe(caller, base, "POST", base + "/condition", "{}");
            probe(caller, base, "POST", base + "/process-definition/key/CaseLifecycleProcess/start", "{\"variables\":{}}");
        }
    }

    /** The webapps' APIs (Tasklist, Cockpit, Admin and their engine API), logged in as every role and without. */
    private void webapps(String instance, String finished) throws Exception {
        List<Caller> callers = new ArrayList<>();
        for (String role : ROLES) {
            WebappSession session = new WebappSession(port, json).login(role);
            callers.add(new Caller(role, (method, path, body) -> session.exchange(method, path, body == null ? "" : body,
                    "application/json")));
        }
        callers.add(basic(null));
        String engine = "/camunda/api/engine/engine/default";
        String cockpit = "/camunda/api/cockpit/plugin/base/default";
        for (Caller caller : callers) {
            for (String query : List.of("task", "process-instance", "filter", "variable-instance")) {
                for (String parameters : BAD_QUERY_PARAMETERS.subList(0, 3)) {
                    probe(caller, "/camunda/api/engine", "GET", engine + "/" + query + "?" + parameters, null);
                }
            }
            for (String body : BAD_QUERY_BODIES.subList(0, 9)) {
                probe(caller, "/camunda/api/engine", "POST", engine + "/task?maxResults=10", body);
                probe(caller, "/camunda/api/cockpit", "POST", cockpit + "/process-instance?maxResults=10", body);
            }
            for (String id : ENGINE_IDS.subList(1, 4)) {
                probe(caller, "/camunda/api/engine", "POST", engine + "/task/" + id + "/claim", "{\"userId\":\"advocate1\"}");
                probe(caller, "/camunda/api/engine", "POST", engine + "/task/" + id + "/submit-form/", "{\"variables\":{}}");
                probe(caller, "/camunda/api/cockpit", "GET", cockpit + "/process-instance/" + id
                        + "/called-process-instances?maxResults=abc", null);
                probe(caller, "/camunda/api/tasklist", "GET", "/camunda/api/tasklist/plugin/" + id + "/static/" + id, null);
                probe(caller, "/camunda/api/admin", "GET", "/camunda/api/admin/auth/user/" + id, null);
            }
            for (String variable : BAD_VARIABLES.subList(0, 5)) {
                probe(caller, "/camunda/api/engine", "PUT", engine + "/process-instance/" + instance + "/variables/probe",
                        variable);
                probe(caller, "/camunda/api/engine", "POST", engine + "/task/" + finished + "/submit-form/",
                        "{\"variables\":{\"riskLevel\":" + variable + "}}");
            }
            probe(caller, "/camunda/api/engine", "POST", engine + "/task/" + finished + "/complete/", "{\"variables\":{}}");
            probe(caller, "/camunda/api/engine", "GET", engine + "/metrics?maxResults=2000", null);
            probe(caller, "/camunda/api/engine", "GET", "/camunda/api/engine/engine/nothing/task?maxResults=10", null);
            probe(caller, "/camunda/api/engine", "GET", "/camunda//api/engine/engine/default/task?maxResults=10", null);
            probe(caller, "/camunda/api/cockpit", "GET", cockpit + "/process-instance?maxResults=abc", null);
            probe(caller, "/camunda/api/cockpit", "GET", cockpit + "/incident?maxResults=10&firstResult=abc", null);
            probe(caller, "/camunda/api/cockpit", "GET", cockpit + "/process-definition/statistics?maxResults=2001", null);
            probe(caller, "/camunda/api/tasklist", "GET", "/camunda/api/tasklist/plugin/tasklistPlugins/static/%2e%2e/x", null);
            probe(caller, "/camunda/api/tasklist", "GET", "/camunda/api/tasklist/nothing-here", null);
            probe(caller, "/camunda/api/admin", "GET", "/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated"
                    + "?subscriptionStartDate=someday&groupBy=nope", null);
            probe(caller, "/camunda/api/admin", "POST", "/camunda/api/admin/setup/default/user/create", "{\"profile\":{}}");
            probe(caller, "/camunda/api/admin", "POST", "/camunda/api/admin/auth/user/default/logout/", "{");
        }
    }

    private Caller basic(String user) {
        return new Caller(user == null ? "no login" : user, (method, path, body) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (user != null) {
                request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":demo").getBytes(StandardCharsets.UTF_8)));
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        });
    }

    /** An input to the engine's or the webapps' APIs: never a 5xx, never internals, a refusal is a problem. */
    private void probe(Caller caller, String surface, String method, String path, String body) throws Exception {
        count(surface, caller.role());
        HttpResponse<String> response = caller.client().send(method, path, body);
        int status = response.statusCode();
        String shown = method + " " + abbreviate(path) + " " + (body == null ? "" : abbreviate(body)) + " as "
                + caller.role() + " -> " + status + " ";
        if (status >= 500) {
            failures.add(shown + abbreviate(response.body()));
        }
        NoInternals.in(response.body()).ifPresent(found -> failures.add(shown + "shows " + found));
        if (status >= 400 && !refusedByContainer(path)
                && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            failures.add(shown + "without a problem body");
        }
    }

    private void count(String surface, String role) {
        tried++;
        perSurface.merge(surface, 1, Integer::sum);
        perRole.merge(role, 1, Integer::sum);
    }

    private record Caller(String role, Client client) {
    }

    private interface Client {
        HttpResponse<String> send(String method, String path, String body) throws Exception;
    }

    @Test
    @DisplayName("Strange but harmless free text is kept exactly: quotes, markup, template syntax, right-to-left, emoji")
    void strangeTextRoundTrips() {
        Api api = new Api(port, json);
        String text = "O'Brien said \"<b>run</b>\" ${7*7} #{7*7} '; drop table hotline_case; -- \u202Eevil\u202C 👩‍👧 "
                + "日本語 ﷽ \\u0041";
        Map<String, Object> intake = Intakes.adultVictimInToronto();
        intake.put("summary", text);
        intake.put("callerName", "Zoë Ñúñez-O'Hara");
        Api.Response opened = api.post("advocate1", "/api/cases", intake);
        assertThat(opened.status()).isEqualTo(201);
        JsonNode contact = api.get("supervisor1", "/api/cases/" + opened.node().path("caseNumber").asText()).node()
                .path("contacts").get(0);
        assertThat(contact.path("summary").asText()).isEqualTo(text);
        assertThat(contact.path("callerName").asText()).isEqualTo("Zoë Ñúñez-O'Hara");
        assertThat(jdbc.queryForObject("select count(*) from hotline_case", Long.class)).isPositive();
    }

    /** An empty list of codes, or a person of whom nothing is known, are valid answers, not bad input. */
    private static boolean isAlsoValid(String key, Object value) {
        return (Set.of("indicators", "needs").contains(key) && value instanceof List<?> list && list.isEmpty())
                || (key.equals("person") && value instanceof Map<?, ?> map && map.isEmpty());
    }

    private void send(String method, String path, String user, String body) throws Exception {
        send(method, path, user, body, body == null ? "" : body.length() > 80 ? body.substring(0, 80) + "…" : body);
    }

    private void send(String method, String path, String user, String body, String shown) throws Exception {
        count("/api", user);
        // A lone surrogate cannot travel as UTF-8: it goes as the JSON escape a client would write.
        body = body == null ? null : body.replace("\uD800", "\\uD800");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        NoInternals.in(response.body()).ifPresent(found -> failures.add(method + " " + abbreviate(path) + " " + shown
                + " -> " + status + " shows " + found));
        if (status < 400 || status >= 500) {
            failures.add(method + " " + abbreviate(path) + " " + shown + " -> " + status + " " + abbreviate(response.body()));
        } else if (status != 404 && status != 405 && !refusedByContainer(path) && !response.headers().firstValue("Content-Type")
                .orElse("").startsWith("application/problem+json")) {
            failures.add(method + " " + abbreviate(path) + " " + shown + " -> " + status + " without a problem body");
        }
    }

    /** What the servlet container refuses itself, before the application, with a bare 400. */
    private static boolean refusedByContainer(String path) {
        String upper = path.toUpperCase(java.util.Locale.ROOT);
        return path.indexOf('?') < 0 && (upper.contains("%2F") || upper.contains("%00") || upper.contains("%C0"))
                || path.length() > 8_000; // an encoded /, NUL, overlong UTF-8, an address longer than 8 KB
    }

    private static String abbreviate(String text) {
        String shown = text.replace("\u0000", "\\u0000").replace("\uD800", "\\uD800");
        return shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
    }

    private Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            if (table.equals("legal_hold_count")) {
                counts.put(table, jdbc.queryForObject("select count(*) from hotline_case where legal_hold", Long.class));
            } else {
                counts.put(table, jdbc.queryForObject("select count(*) from " + table, Long.class));
            }
        }
        counts.put("risk", jdbc.queryForObject("select count(*) from hotline_case where risk_level = 'CRITICAL'", Long.class));
        return counts;
    }

    private record Target(String method, String path, String user, Map<String, Object> valid) {
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
