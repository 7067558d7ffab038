package org.hotline.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Task lists, claiming and completing through /api/tasks, and escalation through /api/cases/{n}/escalations. */
@HotlineSpringTest
class TaskApiTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired FilterService filters;
    @Autowired org.camunda.bpm.engine.TaskService engineTasks;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port, json);
    }

    @Test
    @DisplayName("A task list comes a page at a time with the whole list's count (X-Total-Count) and links to the next"
            + " and previous pages, so that none passes for the whole; a bad page or size is a 400 naming it")
    void pagedLists() {
        for (int i = 0; i < 3; i++) {
            openCase();
        }
        Api.Response first = api.get("advocate1", "/api/tasks?view=group&size=2");
        assertThat(first.status()).isEqualTo(200);
        long total = Long.parseLong(first.header("X-Total-Count"));
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(first.node()).hasSize(2);
        assertThat(first.header("Link")).isEqualTo("</api/tasks?view=group&page=1&size=2>; rel=\"next\"");
        Api.Response second = api.get("advocate1", "/api/tasks?view=group&page=1&size=2");
        assertThat(second.node().findValuesAsText("id")).doesNotContainAnyElementsOf(first.node().findValuesAsText("id"));
        assertThat(second.header("Link")).contains("</api/tasks?view=group&page=0&size=2>; rel=\"prev\"");
        long lastPage = (total - 1) / 2;
        Api.Response last = api.get("advocate1", "/api/tasks?view=group&page=" + lastPage + "&size=2");
        assertThat(last.node()).hasSize((int) (total - lastPage * 2));
        assertThat(last.header("Link")).doesNotContain("rel=\"next\"");
        assertThat(api.get("advocate1", "/api/tasks?view=group&page=" + (lastPage + 1) + "&size=2").node()).isEmpty();

        for (String query : List.of("size=0", "size=201", "size=ten", "page=-1", "page=1.5", "page=-20000000&size=200",
                "page=20000000&size=200")) {
            Api.Response refused = api.get("advocate1", "/api/tasks?view=group&" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.node().path("errors").findValuesAsText("field")).as(query)
                    .containsExactly(query.substring(0, query.indexOf('=')));
        }
    }

    @Test
    @DisplayName("Two advocates claim one task at once: exactly one gets it, the other a 409 naming the holder")
    void concurrentClaims() throws Exception {
        String taskId = confirmRiskTask(openCase());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Api.Response>> claims = List.of(
                    () -> api.post("advocate1", "/api/tasks/" + taskId + "/claim", ""),
                    () -> api.post("advocate2", "/api/tasks/" + taskId + "/claim", ""));
            List<Integer> statuses = new ArrayList<>();
            List<String> details = new ArrayList<>();
            for (Future<Api.Response> result : pool.invokeAll(claims)) {
                statuses.add(result.get().status());
                details.add(result.get().node().path("detail").asText());
            }
            assertThat(statuses).containsExactlyInAnyOrder(204, 409);
            assertThat(details).anyMatch(detail -> detail.matches(".*already claimed by advocate[12].*"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("Only the assignee completes; required fields and codes are checked against the task's form")
    void completeRules() {
        String taskId = confirmRiskTask(openCase());
        Map<String, Object> valid = Map.of("variables", Map.of("riskLevel", "HIGH"));
        Api.Response unclaimed = api.post("advocate1", "/api/tasks/" + taskId + "/complete", valid);
        assertThat(unclaimed.status()).isEqualTo(403);
        assertThat(unclaimed.node().path("detail").asText()).contains("Claim");

        assertThat(api.post("advocate1", "/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);
        assertThat(api.post("advocate2", "/api/tasks/" + taskId + "/complete", valid).status()).isEqualTo(403);

        Api.Response missing = api.post("advocate1", "/api/tasks/" + taskId + "/complete", Map.of("variables", Map.of()));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.node().path("errors").findValuesAsText("field")).containsExactly("variables.riskLevel");

        Api.Response unknownCode = api.post("advocate1", "/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("riskLevel", "EXTREME")));
        assertThat(unknownCode.status()).isEqualTo(400);
        assertThat(unknownCode.node().path("errors").get(0).path("message").asText()).contains("unknown code");

        Api.Response notAField = api.post("advocate1", "/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("riskLevel", "HIGH", "reportingAction", "REFERRAL_ONLY")));
        assertThat(notAField.status()).isEqualTo(400);
        assertThat(notAField.node().path("errors").findValuesAsText("field")).contains("variables.reportingAction");

        Api.Response tooLong = api.post("advocate1", "/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("riskLevel", "HIGH", "riskOverrideNote", "x".repeat(4001))));
        assertThat(tooLong.status()).isEqualTo(400);

        Api.Response lowered = api.post("advocate1", "/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("riskLevel", "MODERATE")));
        assertThat(lowered.status()).as("a lower level than the assessed HIGH needs a reason").isEqualTo(400);
        assertThat(lowered.node().path("errors").findValuesAsText("field")).containsExactly("variables.riskOverrideNote");
        assertThat(lowered.node().path("errors").findValuesAsText("message").get(0))
                .isEqualTo("say why the risk is lower than the assessed HIGH");
        assertThat(api.post("advocate1", "/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("riskLevel", "MODERATE", "riskOverrideNote", " "))).status())
                .as("a blank reason is none").isEqualTo(400);

        assertThat(api.post("advocate1", "/api/tasks/" + taskId + "/complete", valid).status()).isEqualTo(204);
        assertThat(api.post("advocate1", "/api/tasks/" + taskId + "/complete", valid).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("A checkbox that must be ticked, and unknown dynamic options, are refused")
    void consentFormRules() {
        String caseNumber = openCase();
        String confirm = confirmRiskTask(caseNumber);
        api.post("advocate1", "/api/tasks/" + confirm + "/claim", "");
        api.post("advocate1", "/api/tasks/" + confirm + "/complete", Map.of("variables", Map.of("riskLevel", "HIGH")));
        String consent = taskOf(caseNumber, "Task_RecordConsent", "advocate1");
        api.post("advocate1", "/api/tasks/" + consent + "/claim", "");
        Api.Response unticked = api.post("advocate1", "/api/tasks/" + consent + "/complete", Map.of("variables", Map.of(
                "consentWordingRead", false, "consentMethod", "VERBAL", "consentToServicesAnswer", "GRANTED",
                "consentToReportAnswer", "REFUSED")));
        assertThat(unticked.status()).isEqualTo(400);
        assertThat(unticked.node().path("errors").findValuesAsText("field")).containsExactly("variables.consentWordingRead");
        assertThat(api.post("advocate1", "/api/tasks/" + consent + "/complete", Map.of("variables", Map.of(
                "consentWordingRead", true, "consentMethod", "VERBAL", "consentToServicesAnswer", "GRANTED",
                "consentToReportAnswer", "REFUSED"))).status()).isEqualTo(204);

        String send = taskOf(caseNumber, "Task_SendReferrals", "advocate1");
        api.post("advocate1", "/api/tasks/" + send + "/claim", "");
        Api.Response unknownService = api.post("advocate1", "/api/tasks/" + send + "/complete",
                Map.of("variables", Map.of("selectedServiceIds", List.of("00000000-0000-0000-0000-000000000000"))));
        assertThat(unknownService.status()).isEqualTo(400);
        assertThat(unknownService.node().path("errors").get(0).path("message").asText()).contains("unknown option");
    }

    @Test
    @DisplayName("Unclaim gives the task back to the queue; views: mine, group, urgent; an unknown view is a 400")
    void viewsAndUnclaim() {
        String caseNumber = openCase();
        String taskId = confirmRiskTask(caseNumber);
        api.post("advocate1", "/api/tasks/" + taskId + "/claim", "");
        assertThat(ids("advocate1", "mine")).contains(taskId);
        JsonNode urgent = find(all(api.tasks("advocate1", "urgent")), taskId);
        assertThat(urgent.path("priority").asInt()).isEqualTo(75);
        assertThat(urgent.path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(urgent.path("candidateGroups").get(0).asText()).isEqualTo("advocates");
        assertThat(urgent.path("overdue").asBoolean()).isFalse();
        assertThat(api.post("advocate1", "/api/tasks/" + taskId + "/unclaim", "").status()).isEqualTo(204);
        assertThat(ids("advocate1", "mine")).doesNotContain(taskId);
        assertThat(find(all(api.tasks("advocate2", "group")), taskId).path("assignee").isNull()).isTrue();
        assertThat(ids("supervisor1", "group")).doesNotContain(taskId);
        assertThat(api.get("advocate1", "/api/tasks?view=everything").status()).isEqualTo(400);
        assertThat(api.post("advocate1", "/api/tasks/no-such-task/claim", "").status()).isEqualTo(404);
        assertThat(api.post("designer1", "/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(403);
        assertThat(api.post("supervisor1", "/api/tasks/" + taskId + "/claim", "").status())
                .as("a supervisor may take over any task").isEqualTo(204);
    }

    @Test
    @DisplayName("Whichever way a task is completed, an advocate cannot complete a supervisor's task")
    void supervisorTasksStaySupervisors() {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("imminentDanger", true);
        String caseNumber = api.post("advocate1", "/api/cases", request).node().path("caseNumber").asText();
        String review = taskOf(caseNumber, "Task_ReviewUrgentCase", "supervisor1");
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("advocate1", null,
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADVOCATES"),
                                new org.springframework.security.core.authority.SimpleGrantedAuthority("GROUP_advocates"))));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> engineTasks.complete(review,
                            Map.of("urgentReviewOutcome", "MONITORING")))
                    .hasMessageContaining("not offered to your groups");
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
        assertThat(engineTasks.createTaskQuery().taskId(review).count()).isOne();
    }

    @Test
    @DisplayName("Tasklist's team queues exist and list a new case's first task with its case number")
    void tasklistQueues() {
        String caseNumber = openCase();
        String taskId = confirmRiskTask(caseNumber);
        Filter queue = filters.createFilterQuery().filterName("Advocates' queue").singleResult();
        assertThat(queue).isNotNull();
        assertThat(filters.<org.camunda.bpm.engine.task.Task>list(queue.getId())).extracting("id").contains(taskId);
        assertThat(filters.createFilterQuery().filterName("Supervisors' queue").count()).isOne();
        assertThat(queue.getProperties().toString()).contains("listCaseNumber", "listRiskLevel");
    }

    @Test
    @DisplayName("An escalation is accepted with 202 and supervisors find \"Handle escalation\" in their queue")
    void escalation() {
        String caseNumber = openCase();
        Api.Response accepted = api.post("advocate1", "/api/cases/" + caseNumber + "/escalations",
                Map.of("reason", "Caller is afraid to go home tonight"));
        assertThat(accepted.status()).isEqualTo(202);
        String review = taskOf(caseNumber, "Task_HandleRequestedEscalation", "supervisor1");
        assertThat(review).isNotNull();
        for (String advocate : List.of("advocate1", "advocate2")) {
            Api.Response refused = api.post(advocate, "/api/tasks/" + review + "/claim", "");
            assertThat(refused.status()).as(advocate + " may not take the supervisors' task").isEqualTo(403);
            assertThat(refused.node().path("detail").asText()).endsWith("is not offered to your groups");
            assertThat(api.post(advocate, "/api/tasks/" + review + "/complete", Map.of()).status()).isEqualTo(403);
        }
        assertThat(api.post("supervisor1", "/api/tasks/" + review + "/claim", "").status()).isEqualTo(204);
        assertThat(api.post("advocate1", "/api/cases/" + caseNumber + "/escalations", Map.of()).status()).isEqualTo(400);
        assertThat(api.post("advocate1", "/api/cases/HT-1999-000000/escalations", Map.of("reason", "x")).status())
                .isEqualTo(404);
    }

    @Test
    @DisplayName("Consents through the API: recorded with 201, withdrawn with 200 and kept in the ledger, never twice")
    void consentLedger() {
        String caseNumber = openCase();
        Api.Response recorded = api.post("advocate1", "/api/cases/" + caseNumber + "/consents", Map.of(
                "purpose", "SHARE_WITH_AGENCY", "recipient", "Example settlement agency", "granted", true,
                "method", "VERBAL", "wording", "We would share your contact details with the agency."));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        long id = recorded.node().path("id").asLong();
        Api.Response withdrawn = api.post("advocate1", "/api/cases/" + caseNumber + "/consents/" + id + "/withdrawal", "");
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.node().path("withdrawnAt").isNull()).isFalse();
        assertThat(api.post("advocate1", "/api/cases/" + caseNumber + "/consents/" + id + "/withdrawal", "").status())
                .isEqualTo(409);
        JsonNode ledger = api.get("advocate1", "/api/cases/" + caseNumber).node().path("consents");
        assertThat(ledger).hasSize(1);
        assertThat(ledger.get(0).path("active").asBoolean()).isFalse();
        Api.Response badPurpose = api.post("advocate1", "/api/cases/" + caseNumber + "/consents", Map.of(
                "purpose", "SELL_DATA", "granted", true, "method", "VERBAL", "wording", "x"));
        assertThat(badPurpose.status()).isEqualTo(400);
        assertThat(badPurpose.node().path("errors").findValuesAsText("field")).contains("purpose");
        Api.Response noWording = api.post("advocate1", "/api/cases/" + caseNumber + "/consents", Map.of(
                "purpose", "REFER_TO_SERVICES", "granted", true, "method", "VERBAL"));
        assertThat(noWording.node().path("errors").findValuesAsText("field")).contains("wording");
    }

    // ------------------------------------------------------------------ helpers

    private String openCase() {
        Api.Response opened = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto());
        assertThat(opened.status()).isEqualTo(201);
        return opened.node().path("caseNumber").asText();
    }

    private String confirmRiskTask(String caseNumber) {
        return taskOf(caseNumber, "Task_ConfirmRisk", "advocate1");
    }

    private String taskOf(String caseNumber, String key, String user) {
        return api.taskOf(user, caseNumber, key);
    }

    private List<String> ids(String user, String view) {
        return api.tasks(user, view).stream().map(task -> task.path("id").asText()).toList();
    }

    private static JsonNode all(List<JsonNode> tasks) {
        return new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(tasks);
    }

    private static JsonNode find(JsonNode tasks, String id) {
        for (JsonNode task : tasks) {
            if (task.path("id").asText().equals(id)) {
                return task;
            }
        }
        throw new AssertionError("task " + id + " not listed");
    }
}
