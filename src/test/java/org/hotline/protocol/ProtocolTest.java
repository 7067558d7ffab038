package org.hotline.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.support.JsonLists.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Protocol lookup with its fallback and staleness, versions, and who may change a protocol. */
@HotlineSpringTest
class ProtocolTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired ProtocolService protocols;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port, json);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("Lookup falls back from the municipality to the province to the national protocol")
    void fallback() {
        JsonNode toronto = lookup("province=ON&municipality=Toronto");
        assertThat(toronto.path("matchedLevel").asText()).isEqualTo("MUNICIPALITY");
        assertThat(toronto.path("inPlace").asBoolean()).isTrue();
        assertThat(toronto.path("contacts")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(texts(toronto.path("contacts"), "role")).startsWith("PRIMARY", "AFTER_HOURS", "ESCALATION");
        assertThat(toronto.path("crisisProviders").size()).isBetween(1, 5);
        assertThat(toronto.path("version").asInt()).isPositive();
        assertThat(lookup("province=ON&municipality=Kingston").path("matchedLevel").asText()).isEqualTo("PROVINCE");
        assertThat(lookup("province=ON").path("matchedLevel").asText()).isEqualTo("PROVINCE");
        assertThat(protocols.lookup("XX", null)).get().extracting(ProtocolService.ProtocolMatch::matchedLevel)
                .isEqualTo("NATIONAL");
        assertThat(api.get("advocate1", "/api/protocols/lookup?province=ZZ").status()).isEqualTo(400);
        assertThat(api.get("designer1", "/api/protocols/lookup?province=ON").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("A protocol past its review date says it is stale; moving the clock makes a current one stale too")
    void staleFlag() {
        UUID id = createTestProtocol("Stale Harbour", LocalDate.now().minusDays(1));
        JsonNode stale = lookup("province=NL&municipality=Stale%20Harbour");
        assertThat(stale.path("protocolId").asText()).isEqualTo(id.toString());
        assertThat(stale.path("stale").asBoolean()).isTrue();
        JsonNode toronto = lookup("province=ON&municipality=Toronto");
        assertThat(toronto.path("stale").asBoolean()).isFalse();
        LocalDate due = LocalDate.parse(toronto.path("reviewDue").asText());
        ClockUtil.setCurrentTime(Date.from(due.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
        assertThat(lookup("province=ON&municipality=Toronto").path("stale").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("Every change is a new version that names who and what; older versions stay readable")
    void versions() {
        UUID id = createTestProtocol("Version Cove", LocalDate.now().plusMonths(6));
        ProtocolDocument current = protocols.current(id);
        Map<String, Object> changed = json.convertValue(current, Map.class);
        List<Map<String, Object>> contacts = new ArrayList<>(json.convertValue(current.contacts(), List.class));
        Map<String, Object> primary = new java.util.HashMap<>(contacts.get(0));
        primary.put("name", "Det. Sgt. R. Newname");
        contacts.set(0, primary);
        changed.put("contacts", contacts);

        Api.Response saved = api.put("supervisor1", "/api/protocols/" + id, changed);
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);
        assertThat(saved.node().path("version").asInt()).isEqualTo(2);
        assertThat(saved.node().path("changedBy").asText()).isEqualTo("supervisor1");
        assertThat(saved.node().path("change").asText()).contains("contacts");

        JsonNode versions = api.get("advocate1", "/api/protocols/" + id + "/versions").node();
        assertThat(texts(versions, "version")).containsExactly("2", "1");
        assertThat(versions.get(1).path("document").path("contacts").get(0).path("name").asText())
                .isEqualTo(current.contacts().get(0).name());
        assertThat(versions.get(0).path("document").path("contacts").get(0).path("name").asText())
                .isEqualTo("Det. Sgt. R. Newname");
        assertThat(lookup("province=NL&municipality=Version%20Cove").path("version").asInt()).isEqualTo(2);
        assertThat(lookup("province=NL&municipality=Version%20Cove").path("contacts").get(0).path("name").asText())
                .isEqualTo("Det. Sgt. R. Newname");

        assertThat(api.put("supervisor1", "/api/protocols/" + id, changed).status()).as("nothing changed").isEqualTo(409);
        assertThat(api.put("advocate1", "/api/protocols/" + id, changed).status()).isEqualTo(403);
        assertThat(api.put("designer1", "/api/protocols/" + id, changed).status()).isEqualTo(403);
        changed.put("notes", "Admins may edit too");
        assertThat(api.put("admin", "/api/protocols/" + id, changed).status()).isEqualTo(200);

        Map<String, Object> tooMany = new java.util.HashMap<>(changed);
        List<Map<String, Object>> providers = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            providers.add(Map.of("order", i, "name", "Provider " + i));
        }
        tooMany.put("crisisProviders", providers);
        Api.Response refused = api.put("supervisor1", "/api/protocols/" + id, tooMany);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.node().path("errors").findValuesAsText("field")).contains("crisisProviders");
        Map<String, Object> moved = new java.util.HashMap<>(changed);
        moved.put("province", "PE");
        assertThat(api.put("supervisor1", "/api/protocols/" + id, moved).status()).isEqualTo(400);
        assertThat(api.put("supervisor1", "/api/protocols/" + UUID.randomUUID(), changed).status()).isEqualTo(404);
        assertThat(api.get("supervisor1", "/api/protocols").node().findValuesAsText("protocolId")).contains(id.toString());
    }

    private UUID createTestProtocol(String municipality, LocalDate reviewDue) {
        UUID id = UUID.randomUUID();
        protocols.createIfMissing(id, new ProtocolDocument("NL", municipality, "Example Constabulary – " + municipality,
                "Phone the primary contact", "supervisors", reviewDue, true, null,
                List.of(new ProtocolDocument.Contact(1, "Example Constabulary", "Trafficking unit", ProtocolDocument.Role.PRIMARY,
                                "Det. A. Example", "+1-709-555-0101", "unit@example.org", "Mon–Fri 08:00–16:00"),
                        new ProtocolDocument.Contact(2, "Example Constabulary", "Duty office", ProtocolDocument.Role.AFTER_HOURS,
                                null, "+1-709-555-0102", null, "24/7")),
                List.of(new ProtocolDocument.CrisisProvider(1, "Example Crisis Line", "+1-709-555-0103", "24/7"))), "Test protocol");
        return id;
    }

    private JsonNode lookup(String query) {
        Api.Response response = api.get("advocate1", "/api/protocols/lookup?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.node();
    }

}
