package org.hotline.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser's session with the Camunda webapps: form login, then their API with the CSRF token they send. */
public final class WebappSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final ObjectMapper json;
    private String xsrf;

    public WebappSession(int port, ObjectMapper json) {
        this.port = port;
        this.json = json;
    }

    public WebappSession login(String user) throws Exception {
        String page = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();
        String form = "username=" + user + "&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> done = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(done.headers().firstValue("Location").orElse("")).doesNotContain("error");
        return this;
    }

    /** A change through the webapps' API, with the CSRF token the webapps send; the status. */
    public int send(String method, String path, String body) throws Exception {
        return exchange(method, path, body, "application/json").statusCode();
    }

    /** A request through the webapps' API as they make it, with the CSRF token and this Accept header. */
    public HttpResponse<String> exchange(String method, String path, String body, String accept) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", accept).header("X-XSRF-TOKEN", xsrf())
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form posted to the webapps' API, with the CSRF token the webapps send. */
    public HttpResponse<String> postForm(String path, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json").header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String xsrf() throws Exception {
        if (xsrf == null) {
            xsrf = client.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task/count"))
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString())
                    .headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        }
        return xsrf;
    }

    public JsonNode getJson(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString());
        // The webapps hand their CSRF token out once, with the session's first answer.
        response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> xsrf = token);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** A page of the workspace, as the browser gets it. */
    public String page(String path) throws Exception {
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
