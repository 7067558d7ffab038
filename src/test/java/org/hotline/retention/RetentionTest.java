package org.hotline.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.hotline.casefile.CaseFileService;
import org.hotline.security.PersonalDataColumns;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Two years after closure a case's personal data goes, unless it is on legal hold; its statistics stay. */
@HotlineSpringTest
class RetentionTest {

    private static final long DAY = 86_400_000L;

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseFileService cases;
    @Autowired TransactionTemplate transaction;
    @Autowired RepositoryService repository;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("With the clock moved past two years: closed cases are purged, a held one and an open one are not")
    void purgeAfterTheRetentionPeriod() {
        Api api = new Api(port, json);
        String closed = open(api);
        String held = open(api);
        String stillOpen = open(api);
        close(closed);
        close(held);
        assertThat(api.put("advocate1", "/api/cases/" + held + "/legal-hold", Map.of("hold", true)).status()).isEqualTo(403);
        assertThat(api.put("supervisor1", "/api/cases/" + held + "/legal-hold", Map.of()).status()).isEqualTo(400);
        assertThat(api.put("supervisor1", "/api/cases/" + held + "/legal-hold",
                Map.of("hold", true, "reason", "Court file 2026-CR-0042")).status()).isEqualTo(200);

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 700 * DAY));
        assertThat(api.post("admin", "/api/admin/retention/purge", "").node().path("purged").asInt())
                .as("not two years yet").isZero();

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 32 * DAY));
        assertThat(api.post("advocate1", "/api/admin/retention/purge", "").status()).isEqualTo(403);
        assertThat(api.post("admin", "/api/admin/retention/purge", "").node().path("purged").asInt()).isGreaterThanOrEqualTo(1);

        JsonNode purged = api.get("supervisor1", "/api/cases/" + closed).node();
        JsonNode contact = purged.path("contacts").get(0);
        assertThat(contact.path("summary").isNull()).isTrue();
        assertThat(contact.path("callerName").isNull()).isTrue();
        assertThat(contact.path("callbackNumber").isNull()).isTrue();
        assertThat(purged.path("jurisdiction").path("municipality").isNull()).isTrue();
        assertThat(purged.path("retention").path("purgedAt").isNull()).isFalse();
        assertThat(purged.path("timeline").findValuesAsText("type")).contains("PERSONAL_DATA_PURGED");
        assertThat(purged.path("timeline").findValues("note")).allMatch(JsonNode::isNull);
        // What the statistics need stays.
        assertThat(purged.path("riskLevel").asText()).isNotEmpty();
        assertThat(purged.path("jurisdiction").path("province").asText()).isEqualTo("ON");
        assertThat(purged.path("indicators")).isNotEmpty();
        assertThat(purged.path("needs")).isNotEmpty();
        assertThat(jdbc.queryForObject("select count(*) from case_contact c join hotline_case h on h.id = c.case_id "
                + "where h.case_number = ? and c.summary is not null", Integer.class, closed)).isZero();

        JsonNode kept = api.get("supervisor1", "/api/cases/" + held).node();
        assertThat(kept.path("contacts").get(0).path("summary").asText()).isNotEmpty();
        assertThat(kept.path("retention").path("legalHold").asBoolean()).isTrue();
        assertThat(api.get("supervisor1", "/api/cases/" + stillOpen).node().path("contacts").get(0).path("summary").asText())
                .isNotEmpty();
        assertThat(api.get("supervisor1", "/api/audit?caseNumber=" + closed).node().findValuesAsText("action"))
                .contains("PERSONAL_DATA_PURGED");
    }

    @Autowired List<PersonalDataColumns> personalData;

    @Test
    @DisplayName("A purge clears exactly the columns the features name as personal data; every other value of the case stays")
    void purgeClearsThePersonalColumnsAndKeepsTheRest() {
        Api api = new Api(port, json);
        String purged = worked(api);
        String held = worked(api);
        close(purged);
        close(held);
        assertThat(api.put("supervisor1", "/api/cases/" + held + "/legal-hold", Map.of("hold", true)).status())
                .isEqualTo(200);
        List<PersonalDataColumns.Column> personal = personalData.stream()
                .flatMap(feature -> feature.personalColumns().stream()).toList();
        assertThat(personal).extracting(PersonalDataColumns.Column::qualified).containsExactlyInAnyOrder(
                "hotline_case.municipality", "case_contact.summary", "case_contact.caller_name",
                "case_contact.callback_number", "timeline_event.note", "consent.recipient", "consent.wording",
                "report.contact", "report.reference", "report.response_note", "report.override_reason",
                "safe_contact_plan.safe_times", "safe_contact_plan.code_word", "safe_contact_plan.note");
        for (PersonalDataColumns.Column column : personal) {
            if (!column.qualified().equals("report.override_reason")) { // only a second agency's report has one
                assertThat(valuesOf(column, purged)).as(column.qualified() + " before").isPositive();
            }
        }
        Map<String, List<Map<String, Object>>> purgedBefore = everythingElse(purged);
        Map<String, List<Map<String, Object>>> heldBefore = everything(held);
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key where case_number = ?", Integer.class, purged))
                .isOne();

        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 732 * DAY));
        assertThat(api.post("admin", "/api/admin/retention/purge", "").node().path("purged").asInt()).isPositive();

        for (PersonalDataColumns.Column column : personal) {
            assertThat(valuesOf(column, purged)).as(column.qualified() + " after").isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from idempotency_key where case_number = ?", Integer.class, purged))
                .isZero();
        Map<String, List<Map<String, Object>>> purgedAfter = everythingElse(purged);
        purgedBefore.forEach((table, rows) -> assertThat(purgedAfter.get(table)).as(table).containsAll(rows));
        purgedAfter.forEach((table, rows) -> assertThat(rows.size() - purgedBefore.get(table).size())
                .as("rows added to " + table).isEqualTo(table.equals("timeline_event") ? 1 : 0));
        assertThat(jdbc.queryForObject("select detail from timeline_event where case_id = ? order by id desc limit 1",
                String.class, caseId(purged))).startsWith("Personal data purged");
        assertThat(everything(held)).as("a case on legal hold").isEqualTo(heldBefore);

        JsonNode file = api.get("supervisor1", "/api/cases/" + purged).node();
        assertThat(file.path("jurisdiction").path("province").asText()).isEqualTo("ON");
        assertThat(file.path("jurisdiction").path("municipality").isNull()).isTrue();
        assertThat(file.path("consents").findValuesAsText("purpose"))
                .containsExactly("SHARE_WITH_AGENCY", "REFER_TO_SERVICES", "REPORT_TO_LAW_ENFORCEMENT");
        assertThat(file.path("consents").findValues("recipient")).allMatch(JsonNode::isNull);
        assertThat(file.path("consents").findValues("wording")).allMatch(JsonNode::isNull);
        assertThat(file.path("reports").findValuesAsText("agency")).singleElement().asString().isNotBlank();
        assertThat(file.path("reports").findValues("reference")).allMatch(JsonNode::isNull);
        JsonNode kept = api.get("supervisor1", "/api/cases/" + held).node();
        assertThat(kept.path("jurisdiction").path("municipality").asText()).isEqualTo("Lindmoor Falls");
        assertThat(kept.path("consents").findValuesAsText("recipient")).contains("Ada Plainfield, outreach worker");
        assertThat(kept.path("reports").findValuesAsText("reference")).containsExactly("REF-0001");
        // The safe-contact plan: its words are gone, the codes stay, as for the rest of the case.
        JsonNode plan = file.path("safeContact");
        assertThat(plan.path("safeTimes").isNull()).isTrue();
        assertThat(plan.path("codeWord").isNull()).isTrue();
        assertThat(plan.path("note").isNull()).isTrue();
        assertThat(plan.path("channels")).extracting(JsonNode::asText).containsExactly("TEXT");
        assertThat(kept.path("safeContact").path("codeWord").asText()).isEqualTo("bluebell");
    }

    /** A case worked up to a sent report, with a value in every personal column but an override's reason. */
    private String worked(Api api) {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("jurisdiction", Map.of("province", "ON", "municipality", "Lindmoor Falls"));
        request.put("safeContact", Map.of("channels", List.of("TEXT"), "safeTimes", "mornings before nine",
                "codeWord", "bluebell", "note", "Her sister may answer"));
        Api.Response opened = api.post("advocate1", "/api/cases", request,
                Map.of("Idempotency-Key", java.util.UUID.randomUUID().toString()));
        assertThat(opened.status()).isEqualTo(201);
        String caseNumber = opened.node().path("caseNumber").asText();
        assertThat(api.post("advocate1", "/api/cases/" + caseNumber + "/consents", Map.of("purpose", "SHARE_WITH_AGENCY",
                "recipient", "Ada Plainfield, outreach worker", "granted", true, "method", "VERBAL",
                "wording", "We would give Ada Plainfield your number")).status()).isEqualTo(201);
        work(api, caseNumber, "Task_ConfirmRisk", Map.of("riskLevel", "HIGH", "riskOverrideNote", "Seen near the mill"));
        work(api, caseNumber, "Task_RecordConsent", Map.of("consentWordingRead", true, "consentMethod", "VERBAL",
                "consentToServicesAnswer", "GRANTED", "consentToReportAnswer", "GRANTED"));
        String agency = api.get("supervisor1", "/api/cases/" + caseNumber).node().path("activeTasks").findValues("name")
                .stream().map(JsonNode::asText).filter(name -> name.startsWith("Report to ")).findFirst()
                .orElseThrow().substring("Report to ".length());
        work(api, caseNumber, "Task_ReportWithConsent", Map.of("reportAgency", agency, "reportChannel", "PHONE",
                "reportContact", "Constable Example", "reportReference", "REF-0001",
                "agencyResponseNote", "Will call back"));
        return caseNumber;
    }

    private static void work(Api api, String caseNumber, String taskKey, Map<String, Object> variables) {
        String task = api.taskOf("advocate1", caseNumber, taskKey);
        assertThat(api.post("advocate1", "/api/tasks/" + task + "/claim", "").status()).isEqualTo(204);
        Api.Response completed = api.post("advocate1", "/api/tasks/" + task + "/complete", Map.of("variables", variables));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
    }

    private Long caseId(String caseNumber) {
        return jdbc.queryForObject("select id from hotline_case where case_number = ?", Long.class, caseNumber);
    }

    private int valuesOf(PersonalDataColumns.Column column, String caseNumber) {
        Integer count = jdbc.queryForObject("select count(*) from %s where %s = ? and %s is not null"
                .formatted(column.table(), column.caseKey(), column.name()), Integer.class, caseId(caseNumber));
        return count == null ? 0 : count;
    }

    /** Every row of the case in every table that names a case, with every column. */
    private Map<String, List<Map<String, Object>>> everything(String caseNumber) {
        return rows(caseNumber, false);
    }

    /** The same, without the personal columns, and without when the case was purged. */
    private Map<String, List<Map<String, Object>>> everythingElse(String caseNumber) {
        return rows(caseNumber, true);
    }

    private Map<String, List<Map<String, Object>>> rows(String caseNumber, boolean withoutPersonal) {
        java.util.Set<String> left = new java.util.HashSet<>(java.util.Set.of("hotline_case.purged_at"));
        personalData.forEach(feature -> feature.personalColumns().forEach(column -> left.add(column.qualified())));
        Map<String, List<Map<String, Object>>> tables = new java.util.TreeMap<>();
        List<Map<String, Object>> columns = jdbc.queryForList("""
                select c.table_name, c.column_name from information_schema.columns c
                where c.table_schema = current_schema() and c.table_name in (
                    select table_name from information_schema.columns
                    where table_schema = current_schema() and column_name = 'case_id'
                    union select 'hotline_case')
                order by c.table_name, c.ordinal_position
                """);
        Map<String, List<String>> byTable = new java.util.TreeMap<>();
        for (Map<String, Object> column : columns) {
            String table = column.get("table_name").toString();
            String name = column.get("column_name").toString();
            if (!withoutPersonal || !left.contains(table + "." + name)) {
                byTable.computeIfAbsent(table, t -> new java.util.ArrayList<>()).add(name);
            }
        }
        assertThat(byTable).containsKeys("hotline_case", "case_contact", "consent", "report", "timeline_event",
                "referral", "case_person", "case_indicator");
        Long caseId = caseId(caseNumber);
        byTable.forEach((table, names) -> tables.put(table, jdbc.queryForList("select %s from %s where %s = ?".formatted(
                String.join(", ", names), table, table.equals("hotline_case") ? "id" : "case_id"), caseId)));
        return tables;
    }

    @Autowired RetentionService retention;

    @Test
    @DisplayName("Every version of the case lifecycle keeps its history as long as personal data is kept, whatever its model says")
    void historyAgreesWithRetention() {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey("CaseLifecycleProcess")
                .latestVersion().singleResult();
        repository.updateProcessDefinitionHistoryTimeToLive(latest.getId(), 90);
        retention.alignHistoryTimeToLive();
        assertThat(retention.periodDays()).isEqualTo(730);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("CaseLifecycleProcess").list())
                .isNotEmpty().allSatisfy(definition -> assertThat(definition.getHistoryTimeToLive()).isEqualTo(730));
    }

    private String open(Api api) {
        Api.Response opened = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto());
        assertThat(opened.status()).isEqualTo(201);
        return opened.node().path("caseNumber").asText();
    }

    private void close(String caseNumber) {
        transaction.executeWithoutResult(status -> cases.close(cases.get(caseNumber).getId(), "SERVICES_CONFIRMED"));
    }
}
