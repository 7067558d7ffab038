package org.hotline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hotline.support.HotlineSpringTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapped endpoint of the application, and the engine's REST API, the Camunda webapps, the actuator and the API
 * docs, asked without credentials: nothing answers but the health probe and the login page.
 */
@HotlineSpringTest
class AuthenticationEverywhereTest {

    /** Addresses served outside Spring MVC's mappings: the engine's REST API, the webapps, the actuator. */
    private static final List<String> OTHERS = List.of(
            "GET /engine-rest/engine", "GET /engine-rest/process-definition", "GET /engine-rest/task",
            "GET /engine-rest/variable-instance", "GET /engine-rest/history/variable-instance",
            "GET /engine-rest/history/process-instance", "GET /engine-rest/user", "GET /engine-rest/authorization",
            "POST /engine-rest/deployment/create", "POST /engine-rest/process-definition/key/CaseLifecycleProcess/start",
            "GET /camunda/app/tasklist/", "GET /camunda/app/cockpit/", "GET /camunda/app/admin/",
            "GET /camunda/api/engine/engine/default/task", "GET /camunda/api/engine/engine/default/filter",
            "GET /camunda/api/cockpit/plugin/base/default/process-definition/statistics",
            "POST /camunda/api/admin/setup/default/user/create", "GET /camunda/api/admin/auth/user/default",
            "GET /actuator", "GET /actuator/info", "GET /actuator/env", "GET /actuator/beans",
            "GET /v3/api-docs", "GET /swagger-ui.html", "GET /swagger-ui/index.html");

    @LocalServerPort int port;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    @DisplayName("Without credentials every endpoint answers 401, 403 or a redirect to the login page; only health is open")
    void nothingWithoutLogin() throws Exception {
        Set<String> requests = new TreeSet<>(OTHERS);
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    requests.add(method + " " + concrete(pattern));
                }
            }
        }
        assertThat(requests).as("our API, pages and webapps").hasSizeGreaterThan(60);

        HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        List<String> open = new ArrayList<>();
        for (String request : requests) {
            String method = request.substring(0, request.indexOf(' '));
            String path = request.substring(request.indexOf(' ') + 1);
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(method, method.equals("GET") || method.equals("DELETE") ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString("{}"))
                    .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
            int status = response.statusCode();
            boolean toLogin = status == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login");
            boolean publicPage = path.equals("/login") || path.equals("/error");
            if (!(status == 401 || status == 403 || toLogin || publicPage)) {
                open.add(request + " -> " + status);
            }
        }
        assertThat(open).isEmpty();
        System.out.println("Without credentials: " + requests.size() + " requests, none answered");

        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components");
    }

    private static String concrete(String pattern) {
        return pattern.replace("{caseNumber}", "HT-2026-000001").replaceAll("\\{[^}]*}", "1").replace("/**", "/x");
    }
}
