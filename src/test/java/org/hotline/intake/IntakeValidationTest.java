package org.hotline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bad intake requests: a 400 problem that names the field, and nothing written, neither case nor process. */
@HotlineSpringTest
class IntakeValidationTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port, json);
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                bad("missing channel", "channel", r -> r.remove("channel")),
                bad("missing jurisdiction", "jurisdiction", r -> r.remove("jurisdiction")),
                bad("missing province", "jurisdiction.province", r -> r.put("jurisdiction", Map.of("municipality", "Toronto"))),
                bad("missing imminentDanger", "imminentDanger", r -> r.remove("imminentDanger")),
                bad("unknown channel", "channel", r -> r.put("channel", "PIGEON")),
                bad("unknown caller type", "callerType", r -> r.put("callerType", "POLICE")),
                bad("unknown indicator", "indicators[1]", r -> r.put("indicators", List.of("DEBT_BONDAGE", "BAD_VIBES"))),
                bad("unknown need", "needs[0]", r -> r.put("needs", List.of("SPACESHIP"))),
                bad("unknown province", "jurisdiction.province", r -> r.put("jurisdiction", Map.of("province", "ZZ"))),
                bad("unknown country", "jurisdiction.country", r -> r.put("jurisdiction", Map.of("country", "XQ"))),
                bad("country not a code", "jurisdiction.country", r -> r.put("jurisdiction", Map.of("country", "Mexico"))),
                bad("Canada as a country", "jurisdiction.country", r -> r.put("jurisdiction", Map.of("country", "CA"))),
                bad("both province and country", "jurisdiction.country",
                        r -> r.put("jurisdiction", Map.of("province", "ON", "country", "MX"))),
                bad("wrong type for imminentDanger", "imminentDanger", r -> r.put("imminentDanger", "maybe")),
                bad("wrong type for age", "person.ageYears", r -> Intakes.person(r).put("ageYears", "fifteen")),
                bad("negative age", "person.ageYears", r -> Intakes.person(r).put("ageYears", -1)),
                bad("indicators not a list", "indicators", r -> r.put("indicators", "DEBT_BONDAGE")),
                bad("summary over 20,000 characters", "summary", r -> r.put("summary", "x".repeat(20_001))),
                bad("language not a code", "language", r -> r.put("language", "French")),
                bad("unknown field", "favouriteColour", r -> r.put("favouriteColour", "blue")),
                bad("malformed case number", "existingCaseNumber", r -> r.put("existingCaseNumber", "case 12")),
                bad("callback number with no digits", "callbackNumber", r -> r.put("callbackNumber", "call me")),
                bad("callback number of 6 digits", "callbackNumber", r -> r.put("callbackNumber", "555-014")),
                bad("callback number of 16 digits", "callbackNumber", r -> r.put("callbackNumber", "1234 5678 9012 3456")),
                bad("callback number over 60 characters", "callbackNumber",
                        r -> r.put("callbackNumber", "204-555-0142 (only after six, never on weekends, never at home)")),
                bad("callback note not at the end", "callbackNumber", r -> r.put("callbackNumber", "(text only) 204-555-0142")),
                bad("callback number with markup", "callbackNumber", r -> r.put("callbackNumber", "204-555-0142 <b>")));
    }

    private static Arguments bad(String name, String field, Consumer<Map<String, Object>> change) {
        return Arguments.of(name, field, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    @DisplayName("A bad intake is a 400 naming the field, and writes nothing")
    void badIntakeIsRefused(String name, String field, Consumer<Map<String, Object>> change) {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        change.accept(request);
        assertRefused(() -> api.post("advocate1", "/api/cases", request), field);
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"204-555-0142 (text only)", "+1 204 555 0142 ext. 12",
            "(204) 555-0142 x12", "204.555.0142", "+44 20 7946 0958 (après 18 h)"})
    @DisplayName("A callback number as advocates type it is taken and kept as typed")
    void callbackNumbersAsTyped(String number) {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("callbackNumber", number);
        Api.Response opened = api.post("advocate1", "/api/cases", request);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.node().path("contacts").get(0).path("callbackNumber").asText()).isEqualTo(number);
    }

    @Test
    @DisplayName("Malformed JSON is a 400 about the body")
    void malformedJson() {
        assertRefused(() -> api.post("advocate1", "/api/cases", "{\"channel\": \"PHONE\", "), "body");
    }

    @Test
    @DisplayName("Several problems are listed together")
    void severalProblems() {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.remove("channel");
        request.remove("callerType");
        request.remove("detailSufficient");
        Api.Response response = assertRefused(() -> api.post("advocate1", "/api/cases", request), "channel");
        assertThat(response.node().path("errors").findValuesAsText("field")).contains("callerType", "detailSufficient");
    }

    private Api.Response assertRefused(Supplier<Api.Response> request, String field) {
        long cases = count("hotline_case");
        long instances = count("act_hi_procinst");
        Api.Response response = request.get();
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode problem = response.node();
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("errors").findValuesAsText("field")).contains(field);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        // Nothing half-written: no case, no process instance.
        assertThat(count("hotline_case")).isEqualTo(cases);
        assertThat(count("act_hi_procinst")).isEqualTo(instances);
        return response;
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
