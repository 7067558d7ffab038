package org.hotline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a caller said never lies in the database in plain text, and never reaches the engine's tables or the logs:
 * a case is worked with distinctive personal strings, then every text and binary column of every table, ours and
 * the engine's, and everything logged meanwhile, are searched for them.
 */
@HotlineSpringTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataAtRestTest {

    private static final String NAME = "Quillonette Vasquarra";
    private static final String PHONE = "+1-709-555-0987";
    private static final String SUMMARY = "Held at the Zumbrota cannery since March";
    private static final String REASON = "Trafficker Brevosh waits outside";
    private static final String NOTE = "Brevosh also took her cousin";
    private static final String MUNICIPALITY = "Pemberquay";
    private static final String RECIPIENT = "Ysolde Tarrowby, outreach worker";
    private static final String WORDING = "We would tell Ysolde Tarrowby where you stay, in Kestrelmoor";
    private static final String REFERENCE = "VELMARSH-2026-77";
    private static final String SAFE_TIMES = "Tuesdays while Ostrander drives to Gimli";
    private static final String CODE_WORD = "periwinkle";
    private static final String SAFE_NOTE = "Ostrander reads her texts";
    private static final List<String> PERSONAL = List.of("Quillonette", "Vasquarra", "555-0987", "Zumbrota", "Brevosh",
            "Pemberquay", "Tarrowby", "Kestrelmoor", "VELMARSH", "Ostrander", "periwinkle");

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @Test
    @DisplayName("A worked case's personal strings are in no table in plain text, not in ACT_*, not in the logs; the API reads them back")
    void nothingInPlainText(CapturedOutput output) {
        Api api = new Api(port, json);
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("callerName", NAME);
        request.put("callbackNumber", PHONE);
        request.put("summary", SUMMARY);
        request.put("jurisdiction", Map.of("province", "ON", "municipality", MUNICIPALITY));
        request.put("safeContact", Map.of("channels", List.of("CALL"), "safeTimes", SAFE_TIMES, "codeWord", CODE_WORD,
                "note", SAFE_NOTE));
        Api.Response opened = api.post("advocate1", "/api/cases", request);
        assertThat(opened.status()).isEqualTo(201);
        String caseNumber = opened.node().path("caseNumber").asText();
        assertThat(api.post("advocate1", "/api/cases/" + caseNumber + "/escalations", Map.of("reason", REASON)).status())
                .isEqualTo(202);
        String task = api.taskOf("advocate1", caseNumber, "Task_ConfirmRisk");
        api.post("advocate1", "/api/tasks/" + task + "/claim", "");
        assertThat(api.post("advocate1", "/api/tasks/" + task + "/complete", Map.of("variables",
                Map.of("riskLevel", "CRITICAL", "riskOverrideNote", NOTE))).status()).isEqualTo(204);
        assertThat(api.post("advocate1", "/api/cases/" + caseNumber + "/consents", Map.of("purpose", "SHARE_WITH_AGENCY",
                "recipient", RECIPIENT, "granted", true, "method", "VERBAL", "wording", WORDING)).status()).isEqualTo(201);
        work(api, caseNumber, "Task_RecordConsent", Map.of("consentWordingRead", true, "consentMethod", "VERBAL",
                "consentToServicesAnswer", "GRANTED", "consentToReportAnswer", "GRANTED"));
        String agency = api.get("supervisor1", "/api/cases/" + caseNumber).node().path("activeTasks").findValues("name")
                .stream().map(JsonNode::asText).filter(name -> name.startsWith("Report to ")).findFirst()
                .orElseThrow().substring("Report to ".length());
        work(api, caseNumber, "Task_ReportWithConsent", Map.of("reportAgency", agency, "reportChannel", "PHONE",
                "reportContact", "Duty desk", "reportReference", REFERENCE));
        // A refused request that quotes personal data must not echo it either.
        Map<String, Object> bad = Intakes.adultVictimInToronto();
        bad.put("callbackNumber", "call " + NAME);
        Api.Response refused = api.post("advocate1", "/api/cases", bad);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("Quillonette");

        JsonNode file = api.get("supervisor1", "/api/cases/" + caseNumber).node();
        assertThat(file.path("contacts").get(0).path("callerName").asText()).isEqualTo(NAME);
        assertThat(file.path("contacts").get(0).path("summary").asText()).isEqualTo(SUMMARY);
        assertThat(file.path("timeline").findValuesAsText("note")).contains(REASON, NOTE);
        assertThat(file.path("jurisdiction").path("municipality").asText()).isEqualTo(MUNICIPALITY);
        assertThat(file.path("consents").findValuesAsText("recipient")).contains(RECIPIENT);
        assertThat(file.path("consents").findValuesAsText("wording")).contains(WORDING);
        assertThat(file.path("reports").findValuesAsText("reference")).containsExactly(REFERENCE);
        assertThat(file.path("safeContact").path("safeTimes").asText()).isEqualTo(SAFE_TIMES);
        assertThat(file.path("safeContact").path("codeWord").asText()).isEqualTo(CODE_WORD);
        assertThat(file.path("safeContact").path("note").asText()).isEqualTo(SAFE_NOTE);
        assertThat(api.get("supervisor1", "/cases/" + caseNumber).body()).contains(MUNICIPALITY, RECIPIENT);

        List<String> found = new ArrayList<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema()
                  and data_type in ('text', 'character varying', 'bytea', 'jsonb', 'json')
                """);
        assertThat(columns).hasSizeGreaterThan(100);
        assertThat(columns).extracting(c -> c.get("table_name").toString().toLowerCase())
                .contains("case_contact", "timeline_event", "act_ru_variable", "act_ge_bytearray", "act_hi_varinst");
        for (Map<String, Object> column : columns) {
            String table = column.get("table_name").toString();
            String name = column.get("column_name").toString();
            String type = column.get("data_type").toString();
            for (String secret : PERSONAL) {
                String condition = type.equals("bytea")
                        ? "position(convert_to(?, 'UTF8') in \"" + name + "\") > 0"
                        : "\"" + name + "\"::text like '%' || ? || '%'";
                Integer hits = jdbc.queryForObject("select count(*) from \"" + table + "\" where " + condition,
                        Integer.class, secret);
                if (hits != null && hits > 0) {
                    found.add(table + "." + name + " holds " + secret);
                }
            }
        }
        assertThat(found).isEmpty();
        assertThat(jdbc.queryForObject("select summary from case_contact where summary like 'enc:v1:%' limit 1",
                String.class)).startsWith("enc:v1:");
        // The columns read through JDBC hold ciphertext only.
        Long caseId = jdbc.queryForObject("select id from hotline_case where case_number = ?", Long.class, caseNumber);
        assertThat(jdbc.queryForObject("select municipality from hotline_case where id = ?", String.class, caseId))
                .startsWith("enc:v1:");
        assertThat(jdbc.queryForList("select recipient from consent where case_id = ? and recipient is not null",
                String.class, caseId)).singleElement().asString().startsWith("enc:v1:");
        assertThat(jdbc.queryForList("select wording from consent where case_id = ?", String.class, caseId))
                .hasSize(3).allMatch(wording -> wording.startsWith("enc:v1:"));
        assertThat(jdbc.queryForList("select reference from report where case_id = ?", String.class, caseId))
                .singleElement().asString().startsWith("enc:v1:");
        assertThat(jdbc.queryForMap("select safe_times, code_word, note from safe_contact_plan where case_id = ?", caseId)
                .values()).allMatch(value -> value.toString().startsWith("enc:v1:"));
        for (String secret : PERSONAL) {
            assertThat(output.getAll()).as("logs").doesNotContain(secret);
        }
    }

    private static void work(Api api, String caseNumber, String taskKey, Map<String, Object> variables) {
        String task = api.taskOf("advocate1", caseNumber, taskKey);
        assertThat(api.post("advocate1", "/api/tasks/" + task + "/claim", "").status()).isEqualTo(204);
        Api.Response completed = api.post("advocate1", "/api/tasks/" + task + "/complete", Map.of("variables", variables));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
    }

    @Test
    @DisplayName("Re-encryption: a value written in plain text before encryption is found, encrypted, and still reads the same")
    void reEncryption() {
        Api api = new Api(port, json);
        Api.Response opened = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto());
        String caseNumber = opened.node().path("caseNumber").asText();
        Long caseId = jdbc.queryForObject("select id from hotline_case where case_number = ?", Long.class, caseNumber);
        jdbc.update("insert into timeline_event (case_id, occurred_at, type, actor, detail, note) "
                + "values (?, now(), 'NOTE', 'advocate1', 'A note from before', 'Written before encryption')", caseId);
        jdbc.update("update hotline_case set municipality = 'Harrowgate Mills' where id = ?", caseId);
        jdbc.update("insert into consent (case_id, purpose, recipient, granted, method, wording, recorded_by, recorded_at) "
                + "values (?, 'SHARE_WITH_AGENCY', 'Ada Plainfield', true, 'VERBAL', 'Wording from before', 'advocate1', now())",
                caseId);
        jdbc.update("insert into report (case_id, action, status, consent_based, agency, reference, created_at) "
                + "values (?, 'REPORT_WITH_CONSENT', 'SENT', true, 'Example Police', 'REF-FROM-BEFORE', now())", caseId);
        String summaryBefore = jdbc.queryForObject("select summary from case_contact where case_id = ?", String.class, caseId);
        assertThat(api.get("advocate1", "/api/admin/encryption").status()).isEqualTo(403);
        assertThat(api.get("admin", "/api/admin/encryption").node().path("staleValues").asInt()).isGreaterThanOrEqualTo(5);

        JsonNode result = api.post("admin", "/api/admin/encryption/re-encrypt", "").node();
        JsonNode moved = result.path("reEncrypted");
        assertThat(moved.path("timeline_event.note").asInt()).isPositive();
        for (String column : List.of("hotline_case.municipality", "consent.recipient", "consent.wording", "report.reference")) {
            assertThat(moved.path(column).asInt()).as(column).isPositive();
        }
        assertThat(result.path("staleValues").asInt()).isZero();
        assertThat(jdbc.queryForObject("select note from timeline_event where detail = 'A note from before'", String.class))
                .startsWith("enc:v1:");
        assertThat(jdbc.queryForObject("select municipality from hotline_case where id = ?", String.class, caseId))
                .startsWith("enc:v1:");
        assertThat(jdbc.queryForMap("select recipient, wording from consent where case_id = ? and purpose = 'SHARE_WITH_AGENCY'",
                caseId).values()).allMatch(value -> value.toString().startsWith("enc:v1:"));
        assertThat(jdbc.queryForObject("select reference from report where case_id = ?", String.class, caseId))
                .startsWith("enc:v1:");
        assertThat(jdbc.queryForObject("select summary from case_contact where case_id = ?", String.class, caseId))
                .as("a value already under the current key is left as it is").isEqualTo(summaryBefore);

        JsonNode file = api.get("supervisor1", "/api/cases/" + caseNumber).node();
        assertThat(file.path("timeline").findValuesAsText("note")).contains("Written before encryption");
        assertThat(file.path("jurisdiction").path("municipality").asText()).isEqualTo("Harrowgate Mills");
        assertThat(file.path("consents").findValuesAsText("recipient")).containsExactly("Ada Plainfield");
        assertThat(file.path("consents").findValuesAsText("wording")).containsExactly("Wording from before");
        assertThat(file.path("reports").findValuesAsText("reference")).containsExactly("REF-FROM-BEFORE");
    }
}
