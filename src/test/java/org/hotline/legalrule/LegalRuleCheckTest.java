package org.hotline.legalrule;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Designers see the unverified legal rows cases met and answer them over the API; no one else answers them. */
@HotlineSpringTest
class LegalRuleCheckTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired org.camunda.bpm.engine.TaskService tasks;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port, json);
    }

    @Test
    @DisplayName("A case in Nunavut opens the check of Nunavut's ages; a designer answers it; the case shows the warning")
    void designerAnswersTheCheck() {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("jurisdiction", new HashMap<>(Map.of("province", "NU")));
        String caseNumber = api.post("advocate1", "/api/cases", request).node().path("caseNumber").asText();
        JsonNode warnings = api.get("advocate1", "/api/cases/" + caseNumber).node().path("warnings");
        assertThat(warnings.findValuesAsText("rule")).containsExactly("NU");
        assertThat(warnings.get(0).path("message").asText()).contains("Child-protection ages for NU", "not verified");

        JsonNode open = api.get("designer1", "/api/legal-rules/checks").node();
        JsonNode check = null;
        for (JsonNode c : open) {
            if (c.path("rule").asText().equals("NU")) {
                check = c;
            }
        }
        assertThat(check).as("an open check for NU").isNotNull();
        assertThat(check.path("decisionKey").asText()).isEqualTo("ChildProtectionAgeDecision");
        assertThat(api.get("supervisor1", "/api/legal-rules/checks").status()).isEqualTo(200);
        assertThat(api.get("advocate1", "/api/legal-rules/checks").status()).isEqualTo(403);

        // A supervisor may not answer for counsel, not even by working the task through the task API.
        String verifyTask = tasks.createTaskQuery().processInstanceId(check.path("processInstanceId").asText())
                .singleResult().getId();
        assertThat(api.post("supervisor1", "/api/tasks/" + verifyTask + "/claim", "").status()).isIn(204, 403);
        Api.Response bySupervisor = api.post("supervisor1", "/api/tasks/" + verifyTask + "/complete",
                Map.of("variables", Map.of("legalRuleOutcome", "CONFIRMED")));
        assertThat(bySupervisor.status()).as(bySupervisor.body()).isEqualTo(403);
        assertThat(api.get("designer1", "/api/legal-rules/checks").node().findValuesAsText("rule")).contains("NU");

        String answer = "/api/legal-rules/checks/" + check.path("id").asLong() + "/verification";
        assertThat(api.post("advocate1", answer, Map.of("outcome", "CONFIRMED")).status()).isEqualTo(403);
        assertThat(api.post("supervisor1", answer, Map.of("outcome", "CONFIRMED")).status()).isEqualTo(403);
        Api.Response bad = api.post("designer1", answer, Map.of("outcome", "MAYBE"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("outcome");

        Api.Response done = api.post("designer1", answer, Map.of("outcome", "NEEDS_CHANGE",
                "note", "Child and Family Services Act (Nunavut): the age is 19; checked 2026-12-07"));
        assertThat(done.status()).isEqualTo(200);
        assertThat(done.node().path("outcome").asText()).isEqualTo("NEEDS_CHANGE");
        assertThat(done.node().path("outcomeBy").asText()).isEqualTo("designer1");
        assertThat(done.node().path("outcomeNote").asText()).contains("checked 2026-12-07");
        assertThat(api.post("designer1", answer, Map.of("outcome", "CONFIRMED")).status()).isEqualTo(409);
        assertThat(api.get("designer1", "/api/legal-rules/checks").node().findValuesAsText("rule")).doesNotContain("NU");
        assertThat(api.post("designer1", "/api/legal-rules/checks/999999/verification", Map.of("outcome", "CONFIRMED"))
                .status()).isEqualTo(404);
    }

    @Test
    @DisplayName("Answers given to one check at the same moment: one is taken, every other is a 409")
    void concurrentAnswers() throws Exception {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("jurisdiction", new HashMap<>(Map.of("province", "PE")));
        api.post("advocate1", "/api/cases", request);
        long id = -1;
        for (JsonNode c : api.get("designer1", "/api/legal-rules/checks").node()) {
            if (c.path("rule").asText().equals("PE")) {
                id = c.path("id").asLong();
            }
        }
        assertThat(id).as("an open check for PE").isPositive();
        String answer = "/api/legal-rules/checks/" + id + "/verification";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        java.util.List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String user = i % 2 == 0 ? "designer1" : "admin";
            answers.add(pool.submit(() -> api.post(user, answer, Map.of("outcome", "CONFIRMED", "note", "n")).status()));
        }
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Integer> f : answers) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnlyOnce(200).containsOnly(200, 409);
    }
}
