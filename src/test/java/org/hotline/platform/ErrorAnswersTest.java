package org.hotline.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.hotline.support.NoInternals;
import org.hotline.support.WebappSession;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Requests that once got a 500, often with the exception's class and message: each is now a 4xx problem naming the
 * field, without class names or engine messages, on our API, the engine's REST API and the webapps' APIs alike. A
 * real fault of the server stays a 500 that shows a reference and nothing else.
 */
@HotlineSpringTest
@ExtendWith(OutputCaptureExtension.class)
class ErrorAnswersTest {

    private static final String SERIALIZED_JAVA = "{\"value\":\"rO0ABXQAA2FiYw==\",\"type\":\"Object\",\"valueInfo\":"
            + "{\"objectTypeName\":\"java.lang.String\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired TaskService taskService;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    @DisplayName("An address the container must clean up first (//, /./, ;, an escaped letter) is a 400 problem")
    void addressNotInPlainForm() throws Exception {
        for (String path : List.of("/camunda//api/engine/engine/default/task", "/camunda//api/admin/auth/user/default",
                "/camunda/./api/engine/engine/default/task", "/camunda;x=1/api/engine/engine/default/task",
                "/camunda/api/engine;x=1/engine/default/task", "/%63amunda/api/engine/engine/default/task",
                "/engine-rest;x=1/task")) {
            for (String user : new String[] {null, "admin"}) {
                HttpResponse<String> answer = send("GET", path, user, null, "application/json");
                assertProblem(answer, 400, path + " as " + user);
            }
        }
    }

    @Test
    @DisplayName("A multipart upload to the webapps without a login is a 401 problem")
    void multipartWithoutLogin() throws Exception {
        String boundary = "----hotline-upload";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"x.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n<definitions/>\r\n--" + boundary + "--\r\n";
        for (String path : List.of("/camunda/api/engine/engine/default/deployment/create",
                "/camunda/api/admin/auth/user/default/login/cockpit", "/camunda/api/cockpit/plugin/base/default/process-instance",
                "/camunda/api/tasklist/plugin/x/static/y")) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode problem = assertProblem(answer, 401, path);
            assertThat(problem.path("message").asText()).as("Camunda's webapps show message").isNotBlank();
        }
    }

    @Test
    @DisplayName("An absurd page number of the case list is a 400 naming page")
    void absurdPage() throws Exception {
        for (String query : List.of("page=100000000&size=200", "page=100000000", "page=2147483647&size=200",
                "page=99999999999")) {
            HttpResponse<String> answer = send("GET", "/api/cases?" + query, "supervisor1", null, "application/json");
            JsonNode problem = assertProblem(answer, 400, query);
            assertThat(problem.path("errors").get(0).path("field").asText()).as(query).isEqualTo("page");
        }
        HttpResponse<String> lastPage = send("GET", "/api/cases?page=" + 10_000_000 + "&size=200", "supervisor1", null,
                "application/json");
        assertThat(lastPage.statusCode()).as(lastPage.body()).isEqualTo(200);
        assertThat(json.readTree(lastPage.body()).path("items").size()).isZero();
    }

    @Test
    @DisplayName("/error asked for directly is a 404 like any address that holds nothing")
    void errorAddress() throws Exception {
        assertProblem(send("GET", "/error", null, null, "application/json"), 404, "without a login");
        assertProblem(send("GET", "/error", "admin", null, "application/json"), 404, "as admin");
        HttpResponse<String> page = send("GET", "/error", "advocate1", null, "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(NoInternals.in(page.body())).isEmpty();
    }

    @Test
    @DisplayName("The engine's metrics with maxResults over the engine's limit is a 400 naming maxResults")
    void metricsLimit() throws Exception {
        JsonNode problem = assertProblem(send("GET", "/engine-rest/metrics?maxResults=2000", "admin", null, "application/json"),
                400, "/engine-rest");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("maxResults");
        assertThat(problem.path("message").asText()).isEqualTo("maxResults: must be 200 or less");

        // The long form may be refused as a whole: a 4xx either way, never the engine's 500.
        HttpResponse<String> longForm = send("GET", "/engine-rest/engine/default/metrics?maxResults=2000", "admin", null,
                "application/json");
        assertThat(longForm.statusCode()).as(longForm.body()).isBetween(400, 499);
        assertThat(NoInternals.in(longForm.body())).isEmpty();

        WebappSession webapp = new WebappSession(port, json).login("admin");
        HttpResponse<String> viaWebapp = webapp.exchange("GET", "/camunda/api/engine/engine/default/metrics?maxResults=2000",
                "", "application/json");
        assertThat(assertProblem(viaWebapp, 400, "webapp").path("errors").get(0).path("field").asText()).isEqualTo("maxResults");
    }

    @Test
    @DisplayName("Through Tasklist's API a trailing slash changes nothing: the form is checked, a finished task is a 404")
    void submitFormWithTrailingSlash() throws Exception {
        Api api = new Api(port, json);
        String caseNumber = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto()).node().path("caseNumber").asText();
        String task = api.taskOf("advocate1", caseNumber, "Task_ConfirmRisk");
        WebappSession supervisor = new WebappSession(port, json).login("supervisor1");
        String submit = "/camunda/api/engine/engine/default/task/" + task + "/submit-form/";

        HttpResponse<String> notOnTheForm = supervisor.exchange("POST", submit, "{\"variables\":{\"riskLevel\":{\"value\":"
                + "\"HIGH\",\"type\":\"String\"},\"legalGround\":{\"value\":\"IMMINENT_DANGER\",\"type\":\"String\"}}}",
                "application/json");
        assertThat(assertProblem(notOnTheForm, 400, "a variable the form does not have").path("errors").get(0)
                .path("field").asText()).isEqualTo("variables.legalGround");
        assertThat(taskService.createTaskQuery().taskId(task).count()).as("the task stays open").isOne();

        assertThat(api.post("advocate1", "/api/tasks/" + task + "/claim", "").status()).isEqualTo(204);
        assertThat(api.post("advocate1", "/api/tasks/" + task + "/complete",
                Map.of("variables", Map.of("riskLevel", "HIGH"))).status()).isBetween(200, 204);
        for (String path : List.of(submit, "/camunda/api/engine/engine/default/task/" + task + "/complete/")) {
            HttpResponse<String> finished = supervisor.exchange("POST", path, "{\"variables\":{}}", "application/json");
            JsonNode problem = assertProblem(finished, 404, path);
            assertThat(problem.path("message").asText()).isNotBlank();
        }
        HttpResponse<String> viaEngineRest = send("POST", "/engine-rest/task/" + task + "/submit-form/", "admin",
                "{\"variables\":{}}", "application/json");
        assertProblem(viaEngineRest, 404, "/engine-rest");
    }

    @Test
    @DisplayName("The engine's refusals (Java serialization, a wrong type, an expression, a claimed task) are 4xx "
            + "problems naming the field, through /engine-rest and the webapps' engine API")
    void engineRefusals() throws Exception {
        Api api = new Api(port, json);
        String caseNumber = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto()).node().path("caseNumber").asText();
        String task = api.taskOf("advocate1", caseNumber, "Task_ConfirmRisk");
        String instance = taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        WebappSession webapp = new WebappSession(port, json).login("admin");

        for (String base : List.of("/engine-rest", "/camunda/api/engine/engine/default")) {
            String variables = base + "/process-instance/" + instance + "/variables/";
            JsonNode serialized = assertProblem(put(webapp, base, variables + "photo", SERIALIZED_JAVA), 400, base);
            assertThat(serialized.path("errors").get(0).path("field").asText()).isEqualTo("photo");
            assertThat(serialized.path("message").asText()).contains("serialized Java object");

            JsonNode wrongType = assertProblem(put(webapp, base, variables + "ageYears",
                    "{\"value\":\"twenty\",\"type\":\"Integer\"}"), 400, base);
            assertThat(wrongType.path("errors").get(0).path("field").asText()).isEqualTo("ageYears");
            assertThat(wrongType.path("message").asText()).isEqualTo("ageYears: is not a valid Integer")
                    .doesNotContain("twenty");

            JsonNode inBody = assertProblem(post(webapp, base, base + "/process-definition/key/CaseLifecycleProcess/start",
                    "{\"variables\":{\"caseId\":{\"value\":\"x\",\"type\":\"Long\"}}}"), 400, base);
            assertThat(inBody.path("message").asText()).contains("is not a valid Long");

            HttpResponse<String> expression = get(webapp, base, base + "/task?maxResults=10&assigneeExpression="
                    + "%24%7BcurrentUser()%7D");
            assertThat(expression.statusCode()).as(expression.body()).isBetween(400, 499);
            assertThat(NoInternals.in(expression.body())).as(expression.body()).isEmpty();
        }
        assertThat(api.get("supervisor1", "/api/cases/" + caseNumber).status()).isEqualTo(200);

        assertThat(send("POST", "/engine-rest/task/" + task + "/claim", "admin", "{\"userId\":\"advocate1\"}",
                "application/json").statusCode()).isEqualTo(204);
        JsonNode claimed = assertProblem(send("POST", "/engine-rest/task/" + task + "/claim", "admin",
                "{\"userId\":\"advocate2\"}", "application/json"), 409, "claimed by someone else");
        assertThat(claimed.path("message").asText()).isEqualTo("Someone else has claimed this task");

        JsonNode noCase = assertProblem(send("POST", "/engine-rest/process-definition/key/CaseLifecycleProcess/start",
                "admin", "{\"variables\":{}}", "application/json"), 400, "a lifecycle without a case");
        assertThat(noCase.path("errors").get(0).path("field").asText()).isEqualTo("caseId");
    }

    @Test
    @DisplayName("A database failure is a 500 that shows a reference and nothing else; the log holds the reference, "
            + "not the data")
    void databaseFailure(CapturedOutput output) throws Exception {
        Api api = new Api(port, json);
        String caseNumber = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto()).node().path("caseNumber").asText();
        String task = api.taskOf("advocate1", caseNumber, "Task_ConfirmRisk");
        String instance = taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        jdbc.execute("""
                create or replace function fault_probe() returns trigger language plpgsql as $$
                begin
                  if new.name_ = 'faultProbe' then
                    raise exception 'storage failed' using errcode = '58030';
                  end if;
                  return new;
                end $$""");
        jdbc.execute("create trigger fault_probe before insert on act_ru_variable for each row execute function fault_probe()");
        try {
            HttpResponse<String> answer = send("PUT", "/engine-rest/process-instance/" + instance + "/variables/faultProbe",
                    "admin", "{\"value\":\"Caller Zelda Quist\",\"type\":\"String\"}", "application/json");
            JsonNode problem = assertProblem(answer, 500, "a failing database");
            assertThat(answer.body()).doesNotContain("storage failed").doesNotContain("Zelda");
            Matcher reference = Pattern.compile("Reference: ([A-Z0-9]{9})\\.").matcher(problem.path("detail").asText());
            assertThat(reference.find()).as(problem.toString()).isTrue();
            assertThat(problem.path("message").asText()).isEqualTo(problem.path("detail").asText());
            assertThat(output.getAll()).contains("reference " + reference.group(1)).doesNotContain("Zelda");
        } finally {
            jdbc.execute("drop trigger fault_probe on act_ru_variable");
            jdbc.execute("drop function fault_probe()");
        }
    }

    @Test
    @DisplayName("JSON with a key given twice, text after the value or a fraction for a whole number is a 400 naming "
            + "the field, and opens nothing")
    void strictJson() throws Exception {
        Api api = new Api(port, json);
        String caseNumber = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto()).node().path("caseNumber").asText();
        Integer cases = jdbc.queryForObject("select count(*) from hotline_case", Integer.class);
        Integer events = jdbc.queryForObject("select count(*) from timeline_event", Integer.class);
        String intake = json.writeValueAsString(Intakes.adultVictimInToronto());

        List<Map.Entry<String, String>> inputs = List.of(
                Map.entry("reason", "{\"reason\":\"first\",\"reason\":\"second\"}"),
                Map.entry("body", "{\"reason\":\"first\"} {\"reason\":\"second\"}"));
        for (Map.Entry<String, String> input : inputs) {
            HttpResponse<String> answer = send("POST", "/api/cases/" + caseNumber + "/escalations", "advocate1",
                    input.getValue(), "application/json");
            assertThat(assertProblem(answer, 400, input.getValue()).path("errors").get(0).path("field").asText())
                    .isEqualTo(input.getKey());
        }
        List<Map.Entry<String, String>> intakes = List.of(
                Map.entry("person.ageYears", intake.replace("\"ageYears\":29", "\"ageYears\":29,\"ageYears\":30")),
                Map.entry("channel", intake.replace("\"channel\":\"PHONE\"", "\"channel\":\"PHONE\",\"channel\":\"CHAT\"")),
                Map.entry("person.ageYears", intake.replace("\"ageYears\":29", "\"ageYears\":15.5")),
                Map.entry("body", intake + " trailing text"),
                Map.entry("body", intake + " {}"));
        for (Map.Entry<String, String> input : intakes) {
            HttpResponse<String> answer = send("POST", "/api/cases", "advocate1", input.getValue(), "application/json");
            assertThat(assertProblem(answer, 400, input.getValue()).path("errors").get(0).path("field").asText())
                    .isEqualTo(input.getKey());
        }
        assertThat(jdbc.queryForObject("select count(*) from hotline_case", Integer.class)).isEqualTo(cases);
        assertThat(jdbc.queryForObject("select count(*) from timeline_event", Integer.class)).isEqualTo(events);

        // The engine's APIs refuse a key given twice too, and text after the value, whatever the client accepts.
        WebappSession webapp = new WebappSession(port, json).login("admin");
        for (String accept : List.of("application/json", "*/*")) {
            for (String body : List.of("{\"priority\":1,\"priority\":2}", "{\"processVariables\":[{\"name\":\"a\","
                    + "\"name\":\"b\",\"operator\":\"eq\",\"value\":1}]}")) {
                HttpResponse<String> answer = send("POST", "/engine-rest/task?maxResults=10", "admin", body, accept);
                assertThat(assertProblem(answer, 400, body).path("errors").get(0).path("field").asText())
                        .isIn("priority", "processVariables[0].name");
                HttpResponse<String> viaWebapp = webapp.exchange("POST", "/camunda/api/engine/engine/default/task?maxResults=10",
                        body, accept);
                assertProblem(viaWebapp, 400, body);
            }
            assertProblem(send("POST", "/engine-rest/task?maxResults=10", "admin", "{\"priority\":1} {}", accept), 400,
                    "trailing");
        }
    }

    @Test
    @DisplayName("A query with an empty body through the webapps' APIs reads as {}, as in the engine's REST API")
    void emptyQueryBody() throws Exception {
        WebappSession supervisor = new WebappSession(port, json).login("supervisor1");
        for (String path : List.of("/camunda/api/engine/engine/default/task?maxResults=10",
                "/camunda/api/cockpit/plugin/base/default/process-instance?maxResults=10")) {
            HttpResponse<String> answer = supervisor.exchange("POST", path, "", "application/json");
            assertThat(answer.statusCode()).as(path + ": " + answer.body()).isEqualTo(200);
            assertThat(json.readTree(answer.body()).isArray()).as(path).isTrue();
        }
        assertThat(send("POST", "/engine-rest/task?maxResults=10", "admin", "", "application/json").statusCode())
                .isEqualTo(200);
    }

    private HttpResponse<String> put(WebappSession webapp, String base, String path, String body) throws Exception {
        return base.startsWith("/engine-rest") ? send("PUT", path, "admin", body, "application/json")
                : webapp.exchange("PUT", path, body, "application/json");
    }

    private HttpResponse<String> post(WebappSession webapp, String base, String path, String body) throws Exception {
        return base.startsWith("/engine-rest") ? send("POST", path, "admin", body, "application/json")
                : webapp.exchange("POST", path, body, "application/json");
    }

    private HttpResponse<String> get(WebappSession webapp, String base, String path) throws Exception {
        return base.startsWith("/engine-rest") ? send("GET", path, "admin", null, "application/json")
                : webapp.exchange("GET", path, "", "application/json");
    }

    /** A problem answer of this status, without internals; its body. */
    private JsonNode assertProblem(HttpResponse<String> answer, int status, String what) throws Exception {
        assertThat(answer.statusCode()).as(what + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
        assertThat(NoInternals.in(answer.body())).as(what + ": " + answer.body()).isEmpty();
        JsonNode problem = json.readTree(answer.body());
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(status);
        assertThat(problem.path("detail").asText()).as(what).isNotBlank();
        return problem;
    }

    private HttpResponse<String> send(String method, String path, String user, String body, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", accept)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
