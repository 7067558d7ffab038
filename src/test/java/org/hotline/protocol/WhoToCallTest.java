package org.hotline.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** "Who to call now" in the case file: the right number at the right hour, the child-protection line for a minor. */
@HotlineSpringTest
class WhoToCallTest {

    private static final ZoneId WINNIPEG = ZoneId.of("America/Winnipeg");

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired ProtocolService protocols;
    @Autowired TaskService taskService;
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
    @DisplayName("The primary contact while it is open in Winnipeg's time, the after-hours line from its closing time")
    void primaryThenAfterHours() {
        String caseNumber = openCase("MB", "Winnipeg", 29, false);
        // Winnipeg's municipal protocol: primary Mon–Fri 07:00–19:00 CT, after-hours 24/7.
        setClock("2026-06-03T18:59");
        JsonNode before = whoToCall(caseNumber);
        assertThat(before.path("protocol").path("level").asText()).isEqualTo("MUNICIPALITY");
        assertThat(before.path("callNow").path("reason").asText()).isEqualTo("PRIMARY_OPEN");
        assertThat(before.path("callNow").path("contact").path("role").asText()).isEqualTo("PRIMARY");
        assertThat(before.path("callNow").path("contact").path("phone").asText()).isEqualTo("+1-204-555-0110");
        assertThat(before.path("jurisdiction").path("timeZone").asText()).isEqualTo("America/Winnipeg");
        assertThat(before.path("localTime").asText()).startsWith("2026-06-03T18:59");

        setClock("2026-06-03T19:00");
        JsonNode after = whoToCall(caseNumber);
        assertThat(after.path("callNow").path("reason").asText()).isEqualTo("PRIMARY_CLOSED_AFTER_HOURS_OPEN");
        assertThat(after.path("callNow").path("contact").path("role").asText()).isEqualTo("AFTER_HOURS");
        assertThat(after.path("callNow").path("contact").path("phone").asText()).isEqualTo("+1-204-555-0111");
        assertThat(after.path("callNow").path("primaryAvailability").asText()).isEqualTo("Mon–Fri 07:00–19:00 CT");
        JsonNode primary = after.path("contacts").get(0);
        assertThat(primary.path("role").asText()).isEqualTo("PRIMARY");
        assertThat(primary.path("openNow").asBoolean()).isFalse();
        assertThat(after.path("escalation").path("phone").asText()).isEqualTo("+1-204-555-0112");
        assertThat(after.path("crisisProviders")).isNotEmpty();
        assertThat(after.path("crisisProviders").get(0).path("openNow").isBoolean()).isTrue();
        assertThat(after.path("minorInvolved").asBoolean()).isFalse();
        assertThat(after.path("childProtection").isNull()).as("no minor, no child-protection line").isTrue();
    }

    @Test
    @DisplayName("A minor in Winnipeg: the province's child-protection intake line, since the city's protocol has none")
    void childProtectionForAMinor() {
        String caseNumber = openCase("MB", "Winnipeg", 15, true);
        JsonNode file = api.get("advocate1", "/api/cases/" + caseNumber).node();
        assertThat(file.path("minorStatus").asText()).startsWith("MINOR");
        JsonNode who = file.path("whoToCall");
        assertThat(who.path("minorInvolved").asBoolean()).isTrue();
        assertThat(who.path("childProtection").path("role").asText()).isEqualTo("CHILD_PROTECTION");
        assertThat(who.path("childProtection").path("agency").asText())
                .isEqualTo("Manitoba Child and Family Services – After-Hours Intake");
        assertThat(who.path("childProtection").path("phone").asText()).isEqualTo("+1-204-555-0182");
        assertThat(who.path("childProtection").path("openNow").asBoolean()).isTrue();

        // The national protocol (a supervisor's choice where none is in place) still names the province's intake.
        String inNewBrunswick = openCase("NB", "Moncton", 15, false);
        String task = api.taskOf("supervisor1", inNewBrunswick, "Task_DecideWithoutProtocol");
        assertThat(api.post("supervisor1", "/api/tasks/" + task + "/claim", "").status()).isEqualTo(204);
        assertThat(api.post("supervisor1", "/api/tasks/" + task + "/complete",
                java.util.Map.of("variables", java.util.Map.of("noProtocolDecision", "NATIONAL_PROTOCOL"))).status())
                .isEqualTo(204);
        JsonNode national = api.get("advocate1", "/api/cases/" + inNewBrunswick).node().path("whoToCall");
        assertThat(national.path("protocol").path("level").asText()).isEqualTo("NATIONAL");
        assertThat(national.path("childProtection").path("agency").asText()).containsIgnoringCase("New Brunswick");

        JsonNode schemas = api.get("advocate1", "/v3/api-docs").node().path("components").path("schemas");
        assertThat(schemas.path("CaseFileView").path("properties").path("whoToCall").path("$ref").asText())
                .isEqualTo("#/components/schemas/WhoToCall");
        assertThat(schemas.path("WhoToCall").path("properties").has("callNow")).isTrue();
    }

    @Test
    @DisplayName("A protocol whose hours cannot be read is refused naming the field, and nothing is saved")
    void unreadableHoursRefused() {
        UUID id = UUID.fromString("60000000-0000-4000-8000-000000000006");
        ProtocolDocument current = protocols.current(id);
        @SuppressWarnings("unchecked")
        Map<String, Object> changed = json.convertValue(current, Map.class);
        List<Map<String, Object>> contacts = new ArrayList<>(json.convertValue(current.contacts(), List.class));
        Map<String, Object> primary = new HashMap<>(contacts.get(0));
        primary.put("availability", "whenever");
        contacts.set(0, primary);
        changed.put("contacts", contacts);
        int version = protocols.versions(id).get(0).version();

        Api.Response refused = api.put("supervisor1", "/api/protocols/" + id, changed);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.node().path("errors").findValuesAsText("field")).containsExactly("contacts[0].availability");
        assertThat(refused.body()).contains("24/7", "Mon–Fri 08:00–16:00 CT").doesNotContain("Exception");
        assertThat(protocols.versions(id).get(0).version()).isEqualTo(version);
    }

    @Test
    @DisplayName("The loader brings its own sample protocols up to the shipped version, never one a person changed")
    void sampleProtocolsRefreshed() {
        UUID id = UUID.randomUUID();
        ProtocolDocument shipped = sample("Refresh Bay", "+1-709-555-0101");
        protocols.createIfMissing(id, shipped, DemoProtocols.CREATED);
        Set<String> loader = Set.of(DemoProtocols.CREATED, DemoProtocols.REFRESHED);
        assertThat(protocols.refreshSample(id, shipped, loader, DemoProtocols.REFRESHED)).as("same document").isFalse();
        ProtocolDocument newer = sample("Refresh Bay", "+1-709-555-0102");
        assertThat(protocols.refreshSample(id, newer, loader, DemoProtocols.REFRESHED)).isTrue();
        assertThat(protocols.versions(id).get(0).version()).isEqualTo(2);
        assertThat(protocols.current(id).contacts().get(0).phone()).isEqualTo("+1-709-555-0102");

        @SuppressWarnings("unchecked")
        Map<String, Object> edited = json.convertValue(newer, Map.class);
        edited.put("notes", "Checked by a supervisor");
        assertThat(api.put("supervisor1", "/api/protocols/" + id, edited).status()).isEqualTo(200);
        assertThat(protocols.refreshSample(id, sample("Refresh Bay", "+1-709-555-0103"), loader, DemoProtocols.REFRESHED))
                .as("a person's version stays").isFalse();
        assertThat(protocols.versions(id).get(0).version()).isEqualTo(3);
    }

    private static ProtocolDocument sample(String municipality, String phone) {
        return new ProtocolDocument("NL", municipality, "Example Constabulary", "Phone the primary contact", "supervisors",
                LocalDate.of(2027, 1, 1), true, null,
                List.of(new ProtocolDocument.Contact(1, "Example Constabulary", null, ProtocolDocument.Role.PRIMARY, null,
                        phone, null, "Mon–Fri 08:00–16:00 NT")), List.of());
    }

    private String openCase(String province, String municipality, int age, boolean appearsMinor) {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("jurisdiction", new HashMap<>(Map.of("province", province, "municipality", municipality)));
        Intakes.person(request).put("ageYears", age);
        Intakes.person(request).put("appearsMinor", appearsMinor);
        Api.Response opened = api.post("advocate1", "/api/cases", request);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.node().path("caseNumber").asText();
    }

    private JsonNode whoToCall(String caseNumber) {
        Api.Response file = api.get("advocate1", "/api/cases/" + caseNumber);
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        assertThat(file.node().has("whoToCall")).isTrue();
        return file.node().path("whoToCall");
    }

    private static void setClock(String winnipegTime) {
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.parse(winnipegTime).atZone(WINNIPEG).toInstant()));
    }
}
