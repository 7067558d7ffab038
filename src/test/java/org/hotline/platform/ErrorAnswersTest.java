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
    @DisplayName("/error asked for directly is a 404 like any address that holds nothing")
    void errorAddress() throws Exception {
        assertProblem(send("GET", "/error", null, null, "application/json"), 404, "without a login");
        assertProblem(send("GET", "/error", "admin", null, "application/json"), 404, "as admin");
        HttpResponse<String> page = send("GET", "/error", "advocate1", null, "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(NoInternals.in(page.body())).isEmpty();
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
