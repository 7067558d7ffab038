package org.hotline.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every read and change of a case is in the audit log, without personal values; the log cannot be rewritten unseen. */
@HotlineSpringTest
class AuditLogTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @Test
    @DisplayName("Intake, reads and changes are audited with who, when, which case and which view; supervisors read the log")
    void readsAndChanges() {
        Api api = new Api(port, json);
        Api.Response opened = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto());
        String caseNumber = opened.node().path("caseNumber").asText();
        assertThat(api.get("supervisor1", "/api/cases/" + caseNumber).status()).isEqualTo(200);
        assertThat(api.get("supervisor1", "/api/cases/" + caseNumber + "/diagram").status()).isEqualTo(200);
        assertThat(api.post("advocate1", "/api/cases/" + caseNumber + "/escalations",
                java.util.Map.of("reason", "Employer Orvanti is at the door")).status()).isEqualTo(202);

        assertThat(api.get("advocate1", "/api/audit?caseNumber=" + caseNumber).status()).isEqualTo(403);
        assertThat(api.get("designer1", "/api/audit?caseNumber=" + caseNumber).status()).isEqualTo(403);
        assertThat(api.get("supervisor1", "/api/audit?caseNumber=../../etc").status()).isEqualTo(400);
        Api.Response log = api.get("supervisor1", "/api/audit?caseNumber=" + caseNumber);
        assertThat(log.status()).isEqualTo(200);
        List<String> rows = new ArrayList<>();
        for (JsonNode entry : log.node()) {
            assertThat(entry.path("caseNumber").asText()).isEqualTo(caseNumber);
            rows.add(entry.path("actor").asText() + " " + entry.path("action").asText() + " " + entry.path("view").asText());
        }
        assertThat(rows).contains("advocate1 CASE_OPENED null", "supervisor1 READ api", "supervisor1 READ diagram",
                "advocate1 ESCALATION_REQUESTED null");
        assertThat(log.body()).doesNotContain("Orvanti", "Maria", "passport", "416-555");
    }

    @Test
    @DisplayName("The log is append-only, and a row changed behind the triggers breaks the hash chain where it was changed")
    void appendOnlyAndChained() {
        Api api = new Api(port, json);
        api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto());
        Long id = jdbc.queryForObject("select max(id) from audit_event", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'nobody' where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_event")).hasMessageContaining("append-only");

        assertThat(api.get("supervisor1", "/api/audit/verify").status()).isEqualTo(403);
        JsonNode intact = api.get("admin", "/api/audit/verify").node();
        assertThat(intact.path("intact").asBoolean()).isTrue();
        assertThat(intact.path("rows").asLong()).isPositive();

        String actor = jdbc.queryForObject("select actor from audit_event where id = ?", String.class, id);
        jdbc.execute("alter table audit_event disable trigger audit_event_no_update");
        try {
            jdbc.update("update audit_event set actor = 'someone-else' where id = ?", id);
            JsonNode broken = api.get("admin", "/api/audit/verify").node();
            assertThat(broken.path("intact").asBoolean()).isFalse();
            assertThat(broken.path("firstBrokenId").asLong()).isEqualTo(id);
        } finally {
            jdbc.update("update audit_event set actor = ? where id = ?", actor, id);
            jdbc.execute("alter table audit_event enable trigger audit_event_no_update");
        }
        assertThat(api.get("admin", "/api/audit/verify").node().path("intact").asBoolean()).isTrue();
    }
}
