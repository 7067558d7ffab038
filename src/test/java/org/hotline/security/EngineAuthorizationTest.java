package org.hotline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.hotline.support.WebappSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same rules in the engine's REST API and in the webapps' (Tasklist, Cockpit) as in ours: designers read
 * definitions and no case data; advocates see their groups' tasks and filters; supervisors see every task.
 */
@HotlineSpringTest
class EngineAuthorizationTest {


    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    @Test
    @DisplayName("A designer reads process definitions but no case, task, variable or history of a case, in /engine-rest or "
            + "/api; only the checks of unverified legal rows, which are theirs and hold no case data")
    void designerReadsNoCaseData() {
        Api api = new Api(port, json);
        Map<String, Object> urgent = Intakes.adultVictimInToronto();
        urgent.put("imminentDanger", true);
        String caseNumber = api.post("advocate1", "/api/cases", urgent).node().path("caseNumber").asText();

        assertThat(api.get("designer1", "/api/cases/" + caseNumber).status()).isEqualTo(403);
        assertThat(api.get("designer1", "/api/cases").status()).isEqualTo(403);
        assertThat(api.get("designer1", "/engine-rest/process-definition?latestVersion=true&maxResults=100").node()
                .findValuesAsText("key")).contains("CaseLifecycleProcess");
        // The designers' own work: the checks of unverified legal rows (no case, no caller, only the rule).
        java.util.Set<String> designersOwn = new java.util.HashSet<>(api.get("admin",
                "/engine-rest/history/process-instance?processDefinitionKey=LegalRuleVerificationProcess&maxResults=1000")
                .node().findValuesAsText("id"));
        for (String path : List.of("/engine-rest/task", "/engine-rest/process-instance", "/engine-rest/variable-instance",
                "/engine-rest/execution", "/engine-rest/history/process-instance", "/engine-rest/history/task",
                "/engine-rest/history/variable-instance", "/engine-rest/history/activity-instance",
                "/engine-rest/history/decision-instance", "/engine-rest/history/detail", "/engine-rest/job",
                "/engine-rest/incident")) {
            Api.Response response = api.get("designer1", path + "?maxResults=100");
            assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
            assertThat(response.node().isArray()).as(path).isTrue();
            if (path.endsWith("/job")) {
                // Only the jobs of the definitions themselves (the protocol review's timer), none of a case.
                assertThat(response.node().findValues("processInstanceId")).allMatch(JsonNode::isNull);
            } else {
                for (JsonNode item : response.node()) {
                    String instance = item.hasNonNull("processInstanceId") ? item.path("processInstanceId").asText()
                            : item.path("id").asText();
                    assertThat(designersOwn).as(path + " for a designer: " + item).contains(instance);
                    assertThat(item.toString()).doesNotContain(caseNumber, "caseId", "Maria");
                }
            }
            Api.Response forAdmin = api.get("admin", path + "?maxResults=100");
            assertThat(forAdmin.status()).as(path + " " + forAdmin.body()).isEqualTo(200);
        }
        assertThat(api.get("admin", "/engine-rest/variable-instance?maxResults=100").node().size())
                .as("there is case data to hide").isPositive();
        // Exactly the open checks of legal rows (a case in Nunavut opens one unless an earlier case did), none of a case.
        api.post("advocate1", "/api/cases", nunavut());
        List<String> designerTasks = api.get("designer1", "/engine-rest/task?maxResults=100").node()
                .findValuesAsText("taskDefinitionKey");
        assertThat(designerTasks).allMatch("Task_VerifyLegalRule"::equals).hasSize(api.get("admin",
                "/engine-rest/task/count?taskDefinitionKey=Task_VerifyLegalRule").node().path("count").asInt());
        assertThat(api.get("admin", "/engine-rest/task/count").node().path("count").asInt()).isPositive();
        assertThat(api.get("admin", "/engine-rest/history/process-instance?maxResults=10&processInstanceBusinessKey=" + caseNumber)
                .node().size()).isOne();
    }

    @Test
    @DisplayName("In Tasklist an advocate sees the groups' tasks and filters, not the supervisors'; a supervisor sees all")
    void tasklistPerRole() throws Exception {
        Api api = new Api(port, json);
        Map<String, Object> urgent = Intakes.adultVictimInToronto();
        urgent.put("imminentDanger", true);
        String caseNumber = api.post("advocate1", "/api/cases", urgent).node().path("caseNumber").asText();

        WebappSession advocate = new WebappSession(port, json).login("advocate1");
        List<String> advocateTasks = names(advocate.getJson("/camunda/api/engine/engine/default/task?maxResults=100&processInstanceBusinessKey="
                + caseNumber));
        assertThat(advocateTasks).contains("Confirm risk assessment").doesNotContain("Review urgent case");
        List<String> filters = names(advocate.getJson("/camunda/api/engine/engine/default/filter?resourceType=Task&maxResults=100"));
        assertThat(filters).contains("Advocates' queue", "Urgent", "Overdue", "My tasks: advocate1")
                .doesNotContain("Supervisors' queue", "Supervisors: escalations", "My tasks: advocate2");
        // Of the variables, an advocate reads only the copies on the tasks offered to them: case number and risk
        // level, and on a report task the agency it is addressed to.
        assertThat(advocate.getJson("/camunda/api/engine/engine/default/variable-instance?maxResults=1000")
                .findValuesAsText("name")).isNotEmpty().allMatch(name -> name.equals("listCaseNumber")
                        || name.equals("listRiskLevel") || name.equals("reportAgency"));
        assertThat(advocate.getJson("/camunda/api/engine/engine/default/history/process-instance?maxResults=100").size()).isZero();

        WebappSession supervisor = new WebappSession(port, json).login("supervisor1");
        assertThat(names(supervisor.getJson("/camunda/api/engine/engine/default/task?maxResults=100&processInstanceBusinessKey="
                + caseNumber))).contains("Confirm risk assessment", "Review urgent case");
        assertThat(names(supervisor.getJson("/camunda/api/engine/engine/default/filter?resourceType=Task&maxResults=100")))
                .contains("Supervisors' queue", "Supervisors: escalations", "My tasks: supervisor1")
                .doesNotContain("My tasks: advocate1");
        assertThat(supervisor.getJson("/camunda/api/engine/engine/default/history/process-instance?maxResults=10&processInstanceBusinessKey="
                + caseNumber).size()).isOne();
    }

    @Test
    @DisplayName("Through Tasklist's API an advocate claims and completes with the form's fields only; changing a task, "
            + "and removing deployments as a designer, are refused")
    void workNotChange() throws Exception {
        Api api = new Api(port, json);
        String caseNumber = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto()).node()
                .path("caseNumber").asText();
        String task = api.taskOf("advocate1", caseNumber, "Task_ConfirmRisk");
        WebappSession advocate = new WebappSession(port, json).login("advocate2");
        String base = "/camunda/api/engine/engine/default/task/" + task;
        assertThat(advocate.send("PUT", base + "/variables/legalGround", "{\"value\":\"IMMINENT_DANGER\",\"type\":\"String\"}"))
                .isEqualTo(403);
        assertThat(advocate.send("POST", base + "/assignee", "{\"userId\":\"advocate1\"}")).isEqualTo(403);
        assertThat(advocate.send("POST", base + "/identity-links", "{\"groupId\":\"designers\",\"type\":\"candidate\"}"))
                .isEqualTo(403);
        assertThat(advocate.send("PUT", base, "{\"name\":\"renamed\",\"priority\":1}")).isEqualTo(403);
        assertThat(advocate.send("POST", base + "/claim", "{\"userId\":\"advocate2\"}")).isEqualTo(204);
        assertThat(advocate.send("POST", base + "/complete", "{\"variables\":{\"riskLevel\":{\"value\":\"HIGH\","
                + "\"type\":\"String\"},\"legalGround\":{\"value\":\"IMMINENT_DANGER\",\"type\":\"String\"}}}"))
                .as("a variable the form does not have").isEqualTo(400);
        assertThat(advocate.send("POST", base + "/complete", "{\"variables\":{\"riskLevel\":{\"value\":\"SEVERE\","
                + "\"type\":\"String\"}}}")).as("a code the form does not offer").isEqualTo(400);
        assertThat(advocate.send("POST", base + "/complete", "{\"variables\":{\"riskLevel\":{\"value\":\"HIGH\","
                + "\"type\":\"String\"}}}")).isEqualTo(204);
        assertThat(api.get("advocate2", "/api/cases/" + caseNumber).node().path("riskLevel").asText()).isEqualTo("HIGH");

        String deployment = api.get("designer1", "/engine-rest/deployment?maxResults=1").node().get(0).path("id").asText();
        assertThat(api.delete("designer1", "/engine-rest/deployment/" + deployment + "?cascade=true").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("Tasklist's lists and counts show an advocate the tasks offered to their group, a colleague's claimed one "
            + "included, and the tasks they hold; never the supervisors' until one is handed to them")
    void tasklistListsFollowOffersAndHolders() throws Exception {
        Api api = new Api(port, json);
        Map<String, Object> urgent = Intakes.adultVictimInToronto();
        urgent.put("imminentDanger", true);
        String caseNumber = api.post("advocate1", "/api/cases", urgent).node().path("caseNumber").asText();
        assertThat(api.post("advocate2", "/api/tasks/" + api.taskOf("advocate2", caseNumber, "Task_ConfirmRisk")
                + "/claim", "").status()).isEqualTo(204);

        WebappSession advocate = new WebappSession(port, json).login("advocate1");
        WebappSession supervisor = new WebappSession(port, json).login("supervisor1");
        String ofTheCase = "{\"processInstanceBusinessKey\":\"" + caseNumber + "\"}";
        List<String> queue = filterList(advocate, "Advocates' queue", ofTheCase);
        assertThat(queue).contains("Confirm risk assessment", "Record consent").doesNotContain("Review urgent case");
        assertThat(filterCount(advocate, "Advocates' queue", ofTheCase)).isEqualTo(queue.size());
        assertThat(filterList(advocate, "Urgent", ofTheCase)).doesNotContain("Review urgent case");
        assertThat(filterList(supervisor, "Urgent", ofTheCase)).contains("Review urgent case");
        assertThat(filterList(advocate, "My tasks: advocate1", ofTheCase)).isEmpty();
        // An or-branch shaped like the list's own check, widened, changes nothing: the check is never skipped.
        String lookalike = "{\"processInstanceBusinessKey\":\"" + caseNumber + "\",\"orQueries\":[{\"assignee\":"
                + "\"advocate1\",\"owner\":\"advocate1\",\"candidateUser\":\"advocate1\",\"nameLike\":\"%\"}]}";
        assertThat(filterList(advocate, "Urgent", lookalike)).doesNotContain("Review urgent case");
        HttpResponse<String> tasks = advocate.exchange("POST", "/camunda/api/engine/engine/default/task?firstResult=0"
                + "&maxResults=100", lookalike, "application/json");
        assertThat(names(new ObjectMapper().readTree(tasks.body()))).isNotEmpty().doesNotContain("Review urgent case");
        HttpResponse<String> count = advocate.exchange("POST", "/camunda/api/engine/engine/default/task/count",
                lookalike, "application/json");
        assertThat(new ObjectMapper().readTree(count.body()).path("count").asInt()).isEqualTo(queue.size());

        // A supervisor hands their review to advocate1: it is theirs to see now, in their own list.
        String review = supervisor.getJson("/camunda/api/engine/engine/default/task?maxResults=10&taskDefinitionKey=Task_ReviewUrgentCase"
                + "&processInstanceBusinessKey=" + caseNumber).get(0).path("id").asText();
        assertThat(supervisor.send("POST", "/camunda/api/engine/engine/default/task/" + review + "/assignee",
                "{\"userId\":\"advocate1\"}")).isEqualTo(204);
        assertThat(filterList(advocate, "My tasks: advocate1", ofTheCase)).containsExactly("Review urgent case");
        assertThat(filterList(advocate, "Urgent", ofTheCase)).contains("Review urgent case");
        assertThat(filterList(new WebappSession(port, json).login("advocate2"), "Urgent", ofTheCase))
                .doesNotContain("Review urgent case");
    }

    private static List<String> filterList(WebappSession session, String filter, String extending) throws Exception {
        HttpResponse<String> answer = session.exchange("POST", "/camunda/api/engine/engine/default/filter/"
                + filterId(session, filter) + "/list?firstResult=0&maxResults=100", extending, "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return names(new ObjectMapper().readTree(answer.body()));
    }

    private static int filterCount(WebappSession session, String filter, String extending) throws Exception {
        HttpResponse<String> answer = session.exchange("POST", "/camunda/api/engine/engine/default/filter/"
                + filterId(session, filter) + "/count", extending, "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return new ObjectMapper().readTree(answer.body()).path("count").asInt();
    }

    private static String filterId(WebappSession session, String name) throws Exception {
        for (JsonNode filter : session.getJson("/camunda/api/engine/engine/default/filter?resourceType=Task&maxResults=100")) {
            if (filter.path("name").asText().equals(name)) {
                return filter.path("id").asText();
            }
        }
        throw new AssertionError("no filter " + name);
    }

    private static List<String> names(JsonNode list) {
        return list.findValuesAsText("name");
    }

    private static Map<String, Object> nunavut() {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("jurisdiction", new java.util.HashMap<>(Map.of("province", "NU")));
        return request;
    }
}
