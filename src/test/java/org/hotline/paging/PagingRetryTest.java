package org.hotline.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.lifecycle.CaseLifecycle.TASK_PAGE_ON_CALL_SUPERVISOR;
import static org.hotline.lifecycle.CaseLifecycle.TASK_REVIEW_URGENT_CASE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.hotline.support.TestPager;
import org.hotline.support.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The on-call page is an asynchronous step with effects outside the database: while the gateway refuses it, it is
 * tried again on the retry cycle, then becomes an incident that supervisors see on their board and in Cockpit, and
 * a retry after the gateway is back delivers it once.
 */
@HotlineSpringTest
class PagingRetryTest {

    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired ObjectMapper json;
    @LocalServerPort int port;

    @AfterEach
    void gatewayBack() {
        TestPager.refuseWith(0);
    }

    @Test
    @DisplayName("A refused page is tried on R3/PT1M, becomes an incident on the board and in Cockpit, and a retry delivers it")
    void refusedPageBecomesAnIncidentThenARetryDeliversIt() {
        Api api = new Api(port, json);
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("imminentDanger", true);
        Api.Response opened = api.post("advocate1", "/api/cases", request);
        assertThat(opened.status()).isEqualTo(201);
        String caseNumber = opened.node().path("caseNumber").asText();
        // The review task is offered at once, whatever the gateway does.
        assertThat(api.taskOf("supervisor1", caseNumber, TASK_REVIEW_URGENT_CASE)).isNotBlank();

        Job page = pageJob(caseNumber);
        assertThat(page.getRetries()).isEqualTo(3);
        TestPager.refuseWith(503);
        int refusedBefore = TestPager.refused();
        List<Integer> retriesLeft = new ArrayList<>();
        int tries = 0;
        while (page.getRetries() > 0) {
            long triedAt = System.currentTimeMillis();
            try {
                management.executeJob(page.getId());
            } catch (OnCallPager.PageNotDelivered expected) {
                tries++;
            }
            page = pageJob(caseNumber);
            retriesLeft.add(page.getRetries());
            if (page.getRetries() > 0) {
                // Tried again a minute later, as the default cycle says.
                assertThat(Duration.ofMillis(page.getDuedate().getTime() - triedAt))
                        .isBetween(Duration.ofSeconds(55), Duration.ofSeconds(65));
            }
        }
        assertThat(retriesLeft).containsExactly(2, 1, 0);
        assertThat(tries).isEqualTo(3);
        assertThat(TestPager.refused() - refusedBefore).isEqualTo(3);
        assertThat(page.getExceptionMessage()).isEqualTo("Pager answered 503 for case " + caseNumber);

        // On the supervisor board, and in the engine's incidents that Cockpit shows (read here as an admin).
        JsonNode incident = incidentOf(api.get("supervisor1", "/api/supervisor/board").node(), caseNumber);
        assertThat(incident).isNotNull();
        assertThat(incident.path("step").asText()).isEqualTo("Page on-call supervisor");
        assertThat(incident.path("message").asText()).isEqualTo("Pager answered 503 for case " + caseNumber);
        Api.Response cockpit = api.get("admin", "/engine-rest/incident?processInstanceId="
                + page.getProcessInstanceId() + "&maxResults=50");
        assertThat(cockpit.status()).as(cockpit.body()).isEqualTo(200);
        assertThat(cockpit.node()).hasSize(1);
        assertThat(cockpit.node().get(0).path("activityId").asText()).isEqualTo(TASK_PAGE_ON_CALL_SUPERVISOR);
        String retry = "/api/incidents/" + incident.path("id").asText() + "/retry";
        assertThat(api.post("advocate1", retry, Map.of()).status()).isEqualTo(403);

        TestPager.refuseWith(0);
        assertThat(api.post("supervisor1", retry, Map.of()).status()).isEqualTo(204);
        Job again = pageJob(caseNumber);
        assertThat(again.getRetries()).isEqualTo(1);
        assertThat(again.getDuedate()).isBeforeOrEqualTo(new Date());
        management.executeJob(again.getId());
        // The page went out; the branch ends in a job of its own, after the call.
        assertThat(TestPager.received()).filteredOn(p -> p.body().contains("\"" + caseNumber + "\"")).hasSize(1);
        management.executeJob(pageJob(caseNumber).getId());

        assertThat(pageJob(caseNumber)).isNull();
        assertThat(TestPager.received()).filteredOn(p -> p.body().contains("\"" + caseNumber + "\"")).hasSize(1);
        assertThat(incidentOf(api.get("supervisor1", "/api/supervisor/board").node(), caseNumber)).isNull();
        List<String> types = new ArrayList<>();
        api.get("supervisor1", "/api/cases/" + caseNumber).node().path("timeline")
                .forEach(event -> types.add(event.path("type").asText()));
        assertThat(types).contains("STEP_RETRIED", "SUPERVISOR_PAGED");
    }

    @Test
    @DisplayName("A failure whose message could quote a caller is on the board without its message, which stays in Cockpit")
    void unsafeMessagesStayOffTheBoard() throws Exception {
        Api api = new Api(port, json);
        Api.Response opened = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto());
        String caseNumber = opened.node().path("caseNumber").asText();
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult()
                .getId();
        String execution = runtime.createExecutionQuery().processInstanceId(instance).activityId("Task_ConfirmRisk")
                .singleResult().getId();
        runtime.createIncident("hotlineCheck", execution, null, "Constraint broken by Maria Example, +1-416-555-0199");

        JsonNode incident = incidentOf(api.get("supervisor1", "/api/supervisor/board").node(), caseNumber);
        assertThat(incident).isNotNull();
        assertThat(incident.path("step").asText()).isEqualTo("Confirm risk assessment");
        assertThat(incident.path("message").isNull()).isTrue();
        String page = new WebappSession(port, json).login("supervisor1").page("/supervisor");
        assertThat(page).contains(caseNumber, "The step failed; Cockpit has the details.")
                .doesNotContain("Maria Example", "555-0199");
        assertThat(api.get("admin", "/engine-rest/incident?processInstanceId=" + instance + "&maxResults=10").body())
                .contains("Maria Example");
    }

    @Test
    @DisplayName("Retrying an incident that does not exist is a 404")
    void unknownIncident() {
        Api api = new Api(port, json);
        Api.Response response = api.post("supervisor1", "/api/incidents/no-such-incident/retry", Map.of());
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.body()).contains("No open incident no-such-incident");
    }

    private Job pageJob(String caseNumber) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult()
                .getId();
        return management.createJobQuery().processInstanceId(instance).activityId(TASK_PAGE_ON_CALL_SUPERVISOR)
                .singleResult();
    }

    private static JsonNode incidentOf(JsonNode board, String caseNumber) {
        for (JsonNode incident : board.path("incidents")) {
            if (incident.path("caseNumber").asText().equals(caseNumber)) {
                return incident;
            }
        }
        return null;
    }
}
