package org.hotline.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.hotline.casefile.CaseFileService;
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
