package org.hotline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Headers, cookies and body limits, as a browser or an attacker meets them. */
@HotlineSpringTest
class WebHardeningTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    @DisplayName("A 2 MB intake is a 413, declared or streamed, and opens nothing")
    void bodyLimit() throws Exception {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("summary", "x".repeat(2 * 1024 * 1024));
        byte[] body = json.writeValueAsBytes(request);
        Integer before = jdbc.queryForObject("select count(*) from hotline_case", Integer.class);

        HttpResponse<String> declared = client.send(post("/api/cases", HttpRequest.BodyPublishers.ofByteArray(body)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(declared.statusCode()).isEqualTo(413);
        assertThat(declared.body()).contains("\"status\":413");

        HttpResponse<String> streamed = client.send(post("/api/cases",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))),
                HttpResponse.BodyHandlers.ofString());
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(jdbc.queryForObject("select count(*) from hotline_case", Integer.class)).isEqualTo(before);
    }

    @Test
    @DisplayName("Pages send a Content-Security-Policy without inline scripts, no framing by others, HttpOnly SameSite cookies; HSTS behind TLS")
    void headersAndCookies() throws Exception {
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString());
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self'", "frame-ancestors 'self'", "object-src 'none'")
                .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "SameSite=Strict"));
        assertThat(login.body()).doesNotContain("<script>").doesNotContain("onclick=");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();

        HttpResponse<String> behindTls = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(behindTls.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
        assertThat(behindTls.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("Secure"));

        HttpResponse<String> api = client.send(HttpRequest.newBuilder(uri("/api/cases")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; frame-ancestors 'none'");
    }

    private HttpRequest post(String path, HttpRequest.BodyPublisher body) {
        String credentials = Base64.getEncoder().encodeToString("advocate1:demo".getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json").POST(body).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
