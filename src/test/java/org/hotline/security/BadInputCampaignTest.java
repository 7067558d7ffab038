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
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A campaign of bad input against every endpoint that takes some: malformed JSON, wrong types, out-of-range and
 * unknown codes, huge values, control characters and lone surrogates, injection strings and path traversal in ids
 * and query parameters. Every answer is a 4xx with a problem body (never a 5xx), and nothing is written. Free text
 * that is merely strange (quotes, markup, right-to-left marks, emoji) is taken and read back unchanged.
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

    private final HttpClient client = HttpClient.newHttpClient();
    private final List<String> failures = new ArrayList<>();
    private int tried;

    @Test
    @DisplayName("Hundreds of bad inputs to every endpoint: only 4xx problem answers, nothing written")
    void campaign() throws Exception {
        Api api = new Api(port, json);
        String caseNumber = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto()).node()
                .path("caseNumber").asText();
        String task = api.get("advocate1", "/api/tasks?view=group").node().findValuesAsText("id").get(0);
        api.post("advocate1", "/api/tasks/" + task + "/claim", "");
        String protocol = api.get("supervisor1", "/api/protocols").node().get(0).path("protocolId").asText();
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

        assertThat(tried).as("inputs tried").isGreaterThan(500);
        assertThat(failures).as("of " + tried + " inputs").isEmpty();
        assertThat(counts()).as("nothing written").isEqualTo(before);
        System.out.println("Bad-input campaign: " + tried + " inputs, every one answered with a 4xx and nothing written");
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
        tried++;
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
