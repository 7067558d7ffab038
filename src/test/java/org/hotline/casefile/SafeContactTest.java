package org.hotline.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The safe-contact plan through the API: recorded at intake, changed with PUT, seen and changed only by those who may
 * read the case, refused whole when it contradicts itself, encrypted at rest, and never in the timeline's words.
 */
@HotlineSpringTest
class SafeContactTest {

    private static final String TIMES = "weekdays 13:00–15:00 while Harlowe is at work";
    private static final String CODE_WORD = "marigold-teapot";
    private static final String NOTE = "Harlowe checks her phone at night";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseFileService cases;
    @Autowired TransactionTemplate transaction;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port, json);
    }

    static Map<String, Object> plan(List<String> channels, boolean doNotContact) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("channels", channels);
        plan.put("safeTimes", TIMES);
        plan.put("codeWord", CODE_WORD);
        plan.put("doNotContact", doNotContact);
        plan.put("note", NOTE);
        return plan;
    }

    private String openWithPlan(String advocate) {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("callbackNumber", "204-555-0142 (text only)");
        request.put("safeContact", plan(List.of("TEXT", "CALL"), false));
        Api.Response opened = api.post(advocate, "/api/cases", request);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.node().path("caseNumber").asText();
    }

    @Test
    @DisplayName("A plan given at intake is in the case file; a PUT replaces it whole and says who changed it and when")
    void intakeThenChange() {
        String caseNumber = openWithPlan("advocate1");
        JsonNode plan = api.get("advocate1", "/api/cases/" + caseNumber).node().path("safeContact");
        assertThat(plan.path("doNotContact").asBoolean()).isFalse();
        assertThat(plan.path("channels")).extracting(JsonNode::asText).containsExactly("CALL", "TEXT");
        assertThat(plan.path("safeTimes").asText()).isEqualTo(TIMES);
        assertThat(plan.path("codeWord").asText()).isEqualTo(CODE_WORD);
        assertThat(plan.path("note").asText()).isEqualTo(NOTE);
        assertThat(plan.path("updatedBy").asText()).isEqualTo("advocate1");
        assertThat(plan.path("updatedAt").asText()).isNotBlank();

        Api.Response changed = api.put("supervisor1", "/api/cases/" + caseNumber + "/safe-contact",
                Map.of("doNotContact", true, "channels", List.of(), "note", "He found the phone"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        JsonNode file = api.get("advocate1", "/api/cases/" + caseNumber).node();
        JsonNode now = file.path("safeContact");
        assertThat(now.path("doNotContact").asBoolean()).isTrue();
        assertThat(now.path("channels")).isEmpty();
        assertThat(now.path("codeWord").isNull()).as("what the PUT left out is no longer part of the plan").isTrue();
        assertThat(now.path("safeTimes").isNull()).isTrue();
        assertThat(now.path("updatedBy").asText()).isEqualTo("supervisor1");
        // The timeline says that the plan changed, and never what it says.
        List<JsonNode> entries = file.path("timeline").findParents("type").stream()
                .filter(e -> e.path("type").asText().equals("SAFE_CONTACT_UPDATED")).toList();
        assertThat(entries).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.path("detail").asText()).isEqualTo("Safe-contact plan updated");
            assertThat(entry.path("note").isNull()).isTrue();
        });
        assertThat(entries.get(1).path("actor").asText()).isEqualTo("supervisor1");
        assertThat(api.get("supervisor1", "/api/audit?caseNumber=" + caseNumber).body())
                .contains("SAFE_CONTACT_UPDATED").doesNotContain(CODE_WORD, "Harlowe", "He found the phone");
        // Task lists carry no personal data, the plan included.
        assertThat(api.get("advocate1", "/api/tasks?view=group").body()).doesNotContain(CODE_WORD, "Harlowe");
    }

    @Test
    @DisplayName("A case whose every open task a colleague holds is not another advocate's: no case file, no plan")
    void colleaguesHeldWorkIsNotYours() {
        Map<String, Object> request = org.hotline.support.Intakes.adultVictimInToronto();
        request.put("safeContact", plan(List.of("TEXT"), false));
        String caseNumber = api.post("advocate1", "/api/cases", request).node().path("caseNumber").asText();
        assertThat(api.get("advocate2", "/api/cases/" + caseNumber).status()).as("work waits for the team").isEqualTo(200);
        for (String key : List.of("Task_ConfirmRisk", "Task_RecordConsent")) {
            String task = api.taskOf("advocate1", caseNumber, key);
            assertThat(api.post("advocate1", "/api/tasks/" + task + "/claim", "").status()).isEqualTo(204);
        }
        assertThat(api.get("advocate2", "/api/cases/" + caseNumber).status()).isEqualTo(403);
        Api.Response refused = api.put("advocate2", "/api/cases/" + caseNumber + "/safe-contact", plan(List.of("CALL"), false));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).doesNotContain(CODE_WORD);
        assertThat(api.get("advocate1", "/api/cases/" + caseNumber).node().path("safeContact").path("channels")
                .findValuesAsText("")).isEmpty();
        assertThat(api.get("advocate1", "/api/cases/" + caseNumber).node().path("safeContact").path("channels").get(0)
                .asText()).isEqualTo("TEXT");
    }

    @Test
    @DisplayName("A case without a plan shows safeContact as null")
    void noPlan() {
        String caseNumber = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto()).node()
                .path("caseNumber").asText();
        JsonNode file = api.get("advocate1", "/api/cases/" + caseNumber).node();
        assertThat(file.has("safeContact")).isTrue();
        assertThat(file.path("safeContact").isNull()).isTrue();
    }

    @Test
    @DisplayName("Whoever may not read the case may neither see nor change its plan: another advocate, a designer, an admin")
    void onlyThoseWhoMayReadTheCase() {
        String caseNumber = api.caseWaitingForFollowUp("advocate1");
        assertThat(api.put("advocate1", "/api/cases/" + caseNumber + "/safe-contact", plan(List.of("CALL"), false))
                .status()).isEqualTo(200);
        String before = jdbc.queryForObject("select code_word || channels || updated_by from safe_contact_plan p "
                + "join hotline_case c on c.id = p.case_id where c.case_number = ?", String.class, caseNumber);
        long timeline = jdbc.queryForObject("select count(*) from timeline_event", Long.class);

        for (String user : List.of("advocate2", "designer1", "admin")) {
            Api.Response refused = api.put(user, "/api/cases/" + caseNumber + "/safe-contact",
                    Map.of("doNotContact", true, "channels", List.of()));
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.body()).doesNotContain(CODE_WORD, "Harlowe");
            assertThat(api.get(user, "/api/cases/" + caseNumber).status()).as(user).isEqualTo(403);
        }
        assertThat(jdbc.queryForObject("select code_word || channels || updated_by from safe_contact_plan p "
                + "join hotline_case c on c.id = p.case_id where c.case_number = ?", String.class, caseNumber))
                .as("nothing changed").isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from timeline_event", Long.class)).isEqualTo(timeline);

        // A contact added by an advocate who may not read the case cannot carry a plan: it would replace one unseen.
        Map<String, Object> contact = new LinkedHashMap<>(Map.of("existingCaseNumber", caseNumber, "channel", "SMS",
                "callerType", "VICTIM", "language", "en"));
        contact.put("safeContact", Map.of("doNotContact", true));
        long contacts = jdbc.queryForObject("select count(*) from case_contact", Long.class);
        assertThat(api.post("advocate2", "/api/cases", contact).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from case_contact", Long.class)).isEqualTo(contacts);
        assertThat(api.get("supervisor1", "/api/cases/" + caseNumber).node().path("safeContact").path("doNotContact")
                .asBoolean()).isFalse();
    }

    @Test
    @DisplayName("Do not contact with a channel, an unknown channel, a code word too long: a 400 naming the field, nothing written")
    void badPlans() {
        long cases = jdbc.queryForObject("select count(*) from hotline_case", Long.class);
        long plans = jdbc.queryForObject("select count(*) from safe_contact_plan", Long.class);
        Map<String, Object> contradictory = Intakes.adultVictimInToronto();
        contradictory.put("safeContact", plan(List.of("TEXT"), true));
        assertRefused(api.post("advocate1", "/api/cases", contradictory), "safeContact.channels");
        Map<String, Object> unknown = Intakes.adultVictimInToronto();
        unknown.put("safeContact", Map.of("channels", List.of("PIGEON")));
        assertRefused(api.post("advocate1", "/api/cases", unknown), "safeContact.channels[0]");
        Map<String, Object> tooLong = Intakes.adultVictimInToronto();
        tooLong.put("safeContact", Map.of("codeWord", "x".repeat(101)));
        assertRefused(api.post("advocate1", "/api/cases", tooLong), "safeContact.codeWord");
        assertThat(jdbc.queryForObject("select count(*) from hotline_case", Long.class)).isEqualTo(cases);
        assertThat(jdbc.queryForObject("select count(*) from safe_contact_plan", Long.class)).isEqualTo(plans);

        String caseNumber = openWithPlan("advocate1");
        String path = "/api/cases/" + caseNumber + "/safe-contact";
        assertRefused(api.put("advocate1", path, plan(List.of("CALL"), true)), "safeContact.channels");
        assertRefused(api.put("advocate1", path, Map.of("channels", List.of("CALL", "FAX"))), "safeContact.channels[1]");
        assertRefused(api.put("advocate1", path, Map.of("safeTimes", "t".repeat(201))), "safeContact.safeTimes");
        assertRefused(api.put("advocate1", path, Map.of("note", "n".repeat(1001))), "safeContact.note");
        assertRefused(api.put("advocate1", path, Map.of("colour", "red")), "safeContact.colour");
        assertRefused(api.put("advocate1", path, "[]"), "body");
        JsonNode plan = api.get("advocate1", "/api/cases/" + caseNumber).node().path("safeContact");
        assertThat(plan.path("codeWord").asText()).as("unchanged").isEqualTo(CODE_WORD);
        assertThat(plan.path("doNotContact").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("A closed case's plan is kept as it was: a PUT is a 409")
    void closedCase() {
        String caseNumber = openWithPlan("advocate1");
        transaction.executeWithoutResult(status -> cases.close(cases.get(caseNumber).getId(), "SERVICES_CONFIRMED"));
        Api.Response refused = api.put("advocate1", "/api/cases/" + caseNumber + "/safe-contact",
                Map.of("doNotContact", true));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get("advocate1", "/api/cases/" + caseNumber).node().path("safeContact").path("codeWord").asText())
                .isEqualTo(CODE_WORD);
    }

    @Test
    @DisplayName("The plan's text is encrypted at rest: a raw read shows ciphertext only")
    void encryptedAtRest() {
        String caseNumber = openWithPlan("advocate1");
        Map<String, Object> row = jdbc.queryForMap("select p.* from safe_contact_plan p join hotline_case c "
                + "on c.id = p.case_id where c.case_number = ?", caseNumber);
        for (String column : List.of("safe_times", "code_word", "note")) {
            assertThat(row.get(column)).asString().as(column).startsWith("enc:v1:");
        }
        assertThat(row.values().toString()).doesNotContain("Harlowe", "marigold", "13:00");
        assertThat(row.get("channels")).isEqualTo("CALL,TEXT");
    }

    private static void assertRefused(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.node().path("errors").findValuesAsText("field")).contains(field);
        assertThat(response.body()).doesNotContain("Exception", "Harlowe", CODE_WORD);
    }
}
