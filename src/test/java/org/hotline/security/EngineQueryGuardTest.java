package org.hotline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Task and filter queries with expressions, sent the way an attacker would through every entry point: Tasklist's
 * engine API as an advocate and as a supervisor, the engine's REST API in both URL forms as a designer, with and
 * without trailing slashes. Each is a 400 naming the field, before the engine sees it.
 */
@HotlineSpringTest
class EngineQueryGuardTest {

    private static final String WEBAPP = "/camunda/api/engine/engine/default";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired FilterService filters;
    @Autowired IdentityService identity;

    @AfterEach
    void nothingHappened() {
        assertThat(identity.createUserQuery().memberOfGroup("admins").userId("designer1").count()).isZero();
    }

    @Test
    @DisplayName("An advocate's task queries, counts and filter runs with an expression in an or-branch are 400 on every path")
    void advocateQueriesWithExpressionsAreRefused() throws Exception {
        WebappSession advocate = new WebappSession(port, json).login("advocate1");
        String filterId = advocate.getJson(WEBAPP + "/filter?resourceType=Task&firstResult=0&maxResults=50").get(0).path("id").asText();
        List<String> paths = List.of(WEBAPP + "/task?firstResult=0&maxResults=1", WEBAPP + "/task/", WEBAPP + "/task/count",
                WEBAPP + "/task/count/", WEBAPP + "/filter/" + filterId + "/list?firstResult=0&maxResults=1",
                WEBAPP + "/filter/" + filterId + "/list/", WEBAPP + "/filter/" + filterId + "/count");
        int sent = 0;
        List<String> fields = List.of("assigneeExpression", "candidateGroupExpression", "dueBeforeExpression");
        for (String escape : ExpressionAllowListTest.ESCAPES) {
            // Every escape through one path, one escape through every path.
            boolean first = escape.equals(ExpressionAllowListTest.ESCAPES.get(0));
            for (String field : first ? fields : List.of(fields.get(sent % fields.size()))) {
                String body = json.writeValueAsString(Map.of("orQueries", List.of(Map.of(field, escape))));
                for (String path : first ? paths : List.of(paths.get(sent % paths.size()))) {
                    HttpResponse<String> answer = advocate.exchange("POST", path, body, "application/json");
                    assertThat(answer.statusCode()).as(path + " " + escape + ": " + answer.body()).isEqualTo(400);
                    assertThat(answer.body()).contains("orQueries[0]." + field).doesNotContain("Exception");
                    sent++;
                }
            }
            HttpResponse<String> main = advocate.exchange("POST", WEBAPP + "/task",
                    json.writeValueAsString(Map.of("assigneeExpression", escape)), "application/json");
            assertThat(main.statusCode()).isEqualTo(400);
            assertThat(main.body()).contains("assigneeExpression");
            HttpResponse<String> parameter = advocate.exchange("GET", WEBAPP + "/task?assigneeExpression="
                    + URLEncoder.encode(escape, StandardCharsets.UTF_8), "", "application/json");
            assertThat(parameter.statusCode()).as(parameter.body()).isEqualTo(400);
            HttpResponse<String> inValue = advocate.exchange("POST", WEBAPP + "/task",
                    json.writeValueAsString(Map.of("orQueries", List.of(Map.of("assignee", escape)))), "application/json");
            assertThat(inValue.statusCode()).isEqualTo(400);
            assertThat(inValue.body()).contains("orQueries[0].assignee");
            sent += 3;
        }
        assertThat(sent).isEqualTo(3 * paths.size() + (ExpressionAllowListTest.ESCAPES.size() - 1) + 3
                * ExpressionAllowListTest.ESCAPES.size());
    }

    @Test
    @DisplayName("Queries without expressions still answer; more than five or-branches, nested ones and unknown fields are 400")
    void soundQueriesAnswerAndShapesAreBounded() throws Exception {
        WebappSession advocate = new WebappSession(port, json).login("advocate1");
        new Api(port, json).post("advocate1", "/api/cases", org.hotline.support.Intakes.adultVictimInToronto());
        HttpResponse<String> plain = advocate.exchange("POST", WEBAPP + "/task?firstResult=0&maxResults=5",
                json.writeValueAsString(Map.of("candidateGroups", List.of("advocates"), "orQueries",
                        List.of(Map.of("candidateGroup", "advocates", "assignee", "advocate1")))), "application/json");
        assertThat(plain.statusCode()).as(plain.body()).isEqualTo(200);
        assertThat(json.readTree(plain.body()).size()).isPositive();

        List<Map<String, Object>> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(Map.of("assignee", "advocate" + i));
        }
        HttpResponse<String> many = advocate.exchange("POST", WEBAPP + "/task",
                json.writeValueAsString(Map.of("orQueries", six)), "application/json");
        assertThat(many.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(many.body());
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("orQueries");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("at most 5");

        HttpResponse<String> nested = advocate.exchange("POST", WEBAPP + "/task", json.writeValueAsString(
                Map.of("orQueries", List.of(Map.of("orQueries", List.of(Map.of("assignee", "x")))))), "application/json");
        assertThat(nested.statusCode()).isEqualTo(400);
        HttpResponse<String> unknown = advocate.exchange("POST", WEBAPP + "/task",
                json.writeValueAsString(Map.of("assigneeLikeExpr", "x")), "application/json");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("assigneeLikeExpr").contains("not a task query field");

        // A candidate user with one candidate group in an or-branch: the engine would fail (a 500), for any role.
        for (WebappSession session : List.of(advocate, new WebappSession(port, json).login("supervisor1"))) {
            for (String path : List.of(WEBAPP + "/task/count", WEBAPP + "/task?firstResult=0&maxResults=5")) {
                HttpResponse<String> pair = session.exchange("POST", path, json.writeValueAsString(Map.of("orQueries",
                        List.of(Map.of("candidateUser", "advocate2", "candidateGroup", "supervisors")))),
                        "application/json");
                assertThat(pair.statusCode()).as(path + " " + pair.body()).isEqualTo(400);
                assertThat(json.readTree(pair.body()).path("errors").get(0).path("field").asText())
                        .isEqualTo("orQueries[0].candidateGroup");
            }
        }
    }

    @Test
    @DisplayName("A supervisor cannot save a filter whose query holds an expression, in its main query or an or-branch")
    void filtersCannotBeSavedWithExpressions() throws Exception {
        WebappSession supervisor = new WebappSession(port, json).login("supervisor1");
        String filterId = supervisor.getJson(WEBAPP + "/filter?resourceType=Task&firstResult=0&maxResults=50").get(0).path("id").asText();
        for (String escape : ExpressionAllowListTest.ESCAPES.subList(0, 4)) {
            for (Object query : List.of(Map.of("assigneeExpression", escape),
                    Map.of("orQueries", List.of(Map.of("candidateUserExpression", escape))))) {
                String filter = json.writeValueAsString(Map.of("resourceType", "Task", "name", "Escape", "query", query));
                HttpResponse<String> created = supervisor.exchange("POST", WEBAPP + "/filter/create", filter, "application/json");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(400);
                assertThat(created.body()).contains("query.");
                HttpResponse<String> updated = supervisor.exchange("PUT", WEBAPP + "/filter/" + filterId, filter,
                        "application/json");
                assertThat(updated.statusCode()).as(updated.body()).isEqualTo(400);
                HttpResponse<String> single = supervisor.exchange("POST", WEBAPP + "/filter/" + filterId + "/singleResult/",
                        json.writeValueAsString(Map.of("orQueries", List.of(Map.of("ownerExpression", escape)))),
                        "application/json");
                assertThat(single.statusCode()).as(single.body()).isEqualTo(400);
            }
        }
        assertThat(filters.createFilterQuery().filterName("Escape").count()).isZero();
        assertThat(filters.getFilter(filterId).getName()).isNotEqualTo("Escape");
    }

    @Test
    @DisplayName("Through /engine-rest, in both URL forms, task and filter queries with expressions are 400")
    void engineRestQueriesWithExpressionsAreRefused() throws Exception {
        Api api = new Api(port, json);
        String escape = ExpressionAllowListTest.ESCAPES.get(0);
        Map<String, Object> orQuery = Map.of("orQueries", List.of(Map.of("assigneeExpression", escape)));
        for (String prefix : List.of("/engine-rest", "/engine-rest/engine/default")) {
            for (String path : List.of("/task", "/task/", "/task/count", "/filter/create")) {
                Object body = path.startsWith("/filter") ? Map.of("resourceType", "Task", "name", "Escape", "query", orQuery)
                        : orQuery;
                // Only administrators send queries by POST there; designers read by GET.
                Api.Response answer = api.post("admin", prefix + path, body);
                assertThat(answer.status()).as(prefix + path + ": " + answer).isEqualTo(400);
                assertThat(answer.body()).contains("assigneeExpression");
            }
            Api.Response parameter = api.get("designer1", prefix + "/task?candidateGroupExpression="
                    + URLEncoder.encode(escape, StandardCharsets.UTF_8));
            assertThat(parameter.status()).as(parameter.toString()).isEqualTo(400);
        }
    }
}
