package org.hotline.security;

import com.fasterxml.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.hotline.support.Api;
import org.hotline.support.Deployments;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.hotline.support.WebappSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every rule about the engine's REST API, walked through each URL form Camunda serves the same resource under:
 * {@code /engine-rest/x}, {@code /engine-rest/engine/default/x}, and each with a trailing slash.
 */
@HotlineSpringTest
class EngineRestRulesTest {

    private static final List<String> PREFIXES = List.of("/engine-rest", "/engine-rest/engine/default");

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;

    /** One rule: who sends what, and the status every URL form must answer. */
    record Rule(String user, String method, String path, int status) {
    }

    @Test
    @DisplayName("Each /engine-rest rule answers the same in both URL forms, with and without a trailing slash")
    void everyRuleHoldsInEveryForm() {
        Api api = new Api(port, json);
        String deployment = lifecycleDeployment();
        List<Rule> rules = List.of(
                new Rule("advocate1", "GET", "/task", 403),
                new Rule("supervisor1", "GET", "/task", 403),
                new Rule("advocate1", "GET", "/process-instance", 403),
                new Rule("advocate1", "POST", "/deployment/create", 403),
                new Rule("supervisor1", "POST", "/deployment/create", 403),
                new Rule("designer1", "DELETE", "/deployment/" + deployment + "?cascade=true", 403),
                new Rule("designer1", "GET", "/user", 403),
                new Rule("designer1", "GET", "/group", 403),
                new Rule("designer1", "GET", "/authorization", 403),
                new Rule("designer1", "GET", "/tenant", 403),
                new Rule("designer1", "GET", "/identity/groups?userId=designer1", 403),
                new Rule("designer1", "POST", "/user/create", 403),
                new Rule("designer1", "POST", "/message", 403),
                new Rule("designer1", "POST", "/signal", 403),
                new Rule("designer1", "POST", "/condition", 403),
                new Rule("designer1", "POST", "/process-instance", 403),
                new Rule("designer1", "POST", "/process-instance/delete", 403),
                new Rule("designer1", "POST", "/job/retries", 403),
                new Rule("designer1", "GET", "/case-instance?maxResults=5", 403),
                new Rule("designer1", "GET", "/history/case-instance?maxResults=5", 403),
                new Rule("admin", "GET", "/case-execution?maxResults=5", 403),
                new Rule("designer1", "GET", "/process-definition?maxResults=10", 200),
                new Rule("designer1", "GET", "/deployment?maxResults=10", 200),
                new Rule("admin", "GET", "/user?maxResults=10", 200));
        int walked = 0;
        for (Rule rule : rules) {
            for (String prefix : PREFIXES) {
                for (String path : forms(rule.path())) {
                    Api.Response answer = switch (rule.method()) {
                        case "GET" -> api.get(rule.user(), prefix + path);
                        case "DELETE" -> api.delete(rule.user(), prefix + path);
                        default -> api.post(rule.user(), prefix + path, Map.of());
                    };
                    assertThat(answer.status()).as(rule.user() + " " + rule.method() + " " + prefix + path + ": " + answer)
                            .isEqualTo(rule.status());
                    walked++;
                }
            }
        }
        assertThat(walked).isEqualTo(rules.size() * PREFIXES.size() * 2);
        assertThat(repository.createDeploymentQuery().deploymentId(deployment).count()).isEqualTo(1);
    }

    @Test
    @DisplayName("A deployment that is not a multipart upload is a 400 naming the body, on both URL forms")
    void deploymentWithoutFiles() {
        Api api = new Api(port, json);
        for (String path : List.of("/engine-rest/deployment/create", "/engine-rest/deployment/create/",
                "/engine-rest/engine/default/deployment/create", "/engine-rest/engine/default/deployment/create/")) {
            Api.Response refused = api.post("designer1", path, Map.of("deployment-name", "x"));
            assertThat(refused.status()).as(path + " " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).contains("body", "multipart").doesNotContain("Exception");
        }
        assertThat(api.post("advocate1", "/engine-rest/deployment/create", Map.of()).status()).isEqualTo(403);
    }

    @Test
    @DisplayName("A designer cannot delete a deployment, not even one they made, through any way in")
    void designersNeverDeleteDeployments() throws Exception {
        String key = "DesignerOwn" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 100000) + "Process";
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Own" targetNamespace="http://hotline.org/bpmn">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start" />
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
        HttpResponse<String> made = Deployments.deploy(port, "/engine-rest/engine/default/deployment/create", "designer1",
                "own", "own.bpmn", bpmn);
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        String own = json.readTree(made.body()).path("id").asText();
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.DEPLOYMENT).resourceId(own).count())
                .as("making a deployment grants nothing on it").isZero();

        Api api = new Api(port, json);
        for (String id : List.of(own, lifecycleDeployment())) {
            for (String prefix : PREFIXES) {
                for (String path : forms("/deployment/" + id)) {
                    assertThat(api.delete("designer1", prefix + path + "?cascade=true").status()).as(prefix + path)
                            .isEqualTo(403);
                }
            }
            WebappSession cockpit = new WebappSession(port, json).login("designer1");
            assertThat(cockpit.send("DELETE", "/camunda/api/engine/engine/default/deployment/" + id + "?cascade=true", ""))
                    .isEqualTo(403);
            assertThat(cockpit.send("DELETE", "/camunda/api/engine/engine/default/deployment/" + id + "/?cascade=true", ""))
                    .isEqualTo(403);
            assertThat(cockpit.send("POST", "/camunda/api/engine/engine/default/message",
                    "{\"messageName\":\"CaseEscalated\",\"businessKey\":\"HT-2026-000001\"}"))
                    .as("a message to a case, whose answer would tell whether it exists").isEqualTo(403);
        }
        identity.setAuthentication("designer1", List.of(Roles.DESIGNERS));
        try {
            assertThatThrownBy(() -> repository.deleteDeployment(own, true)).isInstanceOf(AuthorizationException.class);
        } finally {
            identity.clearAuthentication();
        }
        assertThat(repository.createDeploymentQuery().deploymentId(own).count()).isEqualTo(1);
        assertThat(api.delete("admin", "/engine-rest/deployment/" + own).status()).as("administrators may").isEqualTo(204);
    }

    @Test
    @DisplayName("Through Tasklist's API an advocate who may not see a supervisors' task gets a 404 for its form check,"
            + " with or without a trailing slash, for a completion too: neither the task nor its form's choices show"
            + " through")
    void formCheckOnlyForThoseWhoSeeTheTask() throws Exception {
        Api api = new Api(port, json);
        String caseNumber = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto()).node().path("caseNumber")
                .asText();
        assertThat(api.post("advocate1", "/api/cases/" + caseNumber + "/escalations", Map.of("reason", "afraid"))
                .status()).isEqualTo(202);
        String review = null;
        for (JsonNode task : api.get("supervisor1", "/api/cases/" + caseNumber).node().path("activeTasks")) {
            if (task.path("taskDefinitionKey").asText().equals("Task_HandleRequestedEscalation")) {
                review = task.path("id").asText();
            }
        }
        assertThat(review).isNotNull();
        WebappSession advocate = new WebappSession(port, json).login("advocate2");
        String invalid = json.writeValueAsString(Map.of("variables", Map.of(
                "escalationAction", Map.of("value", "${7*7}", "type", "String"))));
        for (String path : List.of("/camunda/api/engine/engine/default/task/" + review + "/submit-form",
                "/camunda/api/engine/engine/default/task/" + review + "/submit-form/",
                "/camunda/api/engine/engine/default/task/" + review + "/complete")) {
            HttpResponse<String> refused = advocate.exchange("POST", path, invalid, "application/json");
            assertThat(refused.statusCode()).as(path + " " + refused.body()).isEqualTo(404);
            assertThat(refused.body()).doesNotContain("ADVISED", "TOOK_OVER", "escalationAction");
        }
        HttpResponse<String> doubled = advocate.exchange("POST", "/camunda/api/engine/engine/default/task//" + review
                + "/complete", invalid, "application/json");
        assertThat(doubled.statusCode()).as("a doubled slash is refused before anything is looked up").isEqualTo(400);
        assertThat(doubled.body()).doesNotContain("ADVISED", "escalationAction");
        WebappSession supervisor = new WebappSession(port, json).login("supervisor1");
        assertThat(supervisor.exchange("POST", "/camunda/api/engine/engine/default/task/" + review + "/submit-form",
                invalid, "application/json").statusCode()).as("one who sees it has the form checked").isEqualTo(400);
    }

    @Test
    @DisplayName("Through Tasklist's API a supervisor cannot skip the form check with a trailing slash, nor write task "
            + "variables, comments, attachments or new tasks, nor end a task without its form or change who may do it")
    void noFreeTextIntoTheEngine() throws Exception {
        Api api = new Api(port, json);
        String caseNumber = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto()).node().path("caseNumber")
                .asText();
        String task = api.taskOf("advocate1", caseNumber, "Task_ConfirmRisk");
        WebappSession supervisor = new WebappSession(port, json).login("supervisor1");
        String base = "/camunda/api/engine/engine/default/task/" + task;
        assertThat(supervisor.send("POST", base + "/claim/", "{\"userId\":\"supervisor1\"}")).isEqualTo(204);
        String outsideTheForm = json.writeValueAsString(Map.of("variables", Map.of(
                "riskLevel", Map.of("value", "LOW", "type", "String"),
                "note", Map.of("value", "The caller's sister lives at 12 Example St", "type", "String"))));
        for (String path : List.of(base + "/complete/", base + "/submit-form/", base + "//complete",
                "/camunda/api/engine/engine/default/task//" + task + "/submit-form")) {
            HttpResponse<String> refused = supervisor.exchange("POST", path, outsideTheForm, "application/json");
            assertThat(refused.statusCode()).as(path + " " + refused.body()).isIn(400);
        }
        String free = json.writeValueAsString(Map.of("modifications", Map.of("note", Map.of("value", "free text"))));
        String value = json.writeValueAsString(Map.of("value", "free text", "type", "String"));
        assertThat(supervisor.send("POST", base + "/variables", free)).isEqualTo(403);
        assertThat(supervisor.send("POST", base + "/variables/", free)).isEqualTo(403);
        assertThat(supervisor.send("PUT", base + "/variables/note", value)).isEqualTo(403);
        assertThat(supervisor.send("PUT", base + "/localVariables/note", value)).isEqualTo(403);
        assertThat(supervisor.send("POST", base + "/localVariables", free)).isEqualTo(403);
        assertThat(supervisor.send("DELETE", base + "/variables/riskLevel", "")).isEqualTo(403);
        assertThat(supervisor.send("POST", base + "/comment/create", json.writeValueAsString(Map.of("message", "x"))))
                .isEqualTo(403);
        assertThat(supervisor.send("POST", "/camunda/api/engine/engine/default/task/create",
                json.writeValueAsString(Map.of("name", "Call the caller's sister")))).isEqualTo(403);
        // Nor end a task without its form, nor change who may do it, its name, description, due date or priority.
        String ended = json.writeValueAsString(Map.of("variables", Map.of("reportPending", Map.of("value", false))));
        for (String path : List.of(base + "/resolve", base + "/resolve/", base + "/bpmnError", base + "/bpmnEscalation")) {
            assertThat(supervisor.send("POST", path, ended)).as(path).isEqualTo(403);
        }
        // A doubled slash is refused before any rule is read.
        assertThat(supervisor.send("POST", "/camunda/api/engine/engine/default/task//" + task + "/resolve", ended))
                .isIn(400, 403);
        assertThat(supervisor.send("POST", base + "/identity-links",
                json.writeValueAsString(Map.of("groupId", "advocates", "type", "candidate")))).isEqualTo(403);
        assertThat(supervisor.send("POST", base + "/identity-links/delete",
                json.writeValueAsString(Map.of("groupId", "advocates", "type", "candidate")))).isEqualTo(403);
        assertThat(supervisor.send("POST", base + "/delegate", json.writeValueAsString(Map.of("userId", "advocate2"))))
                .isEqualTo(403);
        assertThat(supervisor.send("PUT", base, json.writeValueAsString(Map.of("name", "x", "description",
                "The caller's sister lives at 12 Example St")))).isEqualTo(403);
        assertThat(supervisor.send("DELETE", base, "")).isEqualTo(403);
        // Handing the task to someone stays the supervisor's.
        assertThat(supervisor.send("POST", base + "/assignee", json.writeValueAsString(Map.of("userId", "advocate2"))))
                .isEqualTo(204);

        assertThat(tasks.createTaskQuery().taskId(task).count()).as("the task is still open").isEqualTo(1);
        assertThat(tasks.createTaskQuery().taskId(task).singleResult().getDescription()).isNull();
        assertThat(tasks.getIdentityLinksForTask(task)).noneMatch(link -> "advocates".equals(link.getGroupId())
                && tasks.createTaskQuery().taskId(task).singleResult().getTaskDefinitionKey().equals("Task_ReviewUrgentCase"));
        assertThat(tasks.getVariables(task)).doesNotContainKey("note");
        assertThat(tasks.getTaskComments(task)).isEmpty();
        assertThat(tasks.createTaskQuery().taskName("Call the caller's sister").count()).isZero();
    }

    private static List<String> forms(String path) {
        int query = path.indexOf('?');
        String resource = query < 0 ? path : path.substring(0, query);
        String parameters = query < 0 ? "" : path.substring(query);
        return List.of(resource + parameters, resource + "/" + parameters);
    }

    private String lifecycleDeployment() {
        return repository.createProcessDefinitionQuery().processDefinitionKey("CaseLifecycleProcess").latestVersion()
                .singleResult().getDeploymentId();
    }
}
