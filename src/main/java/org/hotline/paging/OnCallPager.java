package org.hotline.paging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hotline.platform.SafeToShow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The on-call supervisor's pager: a JSON page posted to the paging or SMS gateway at {@code hotline.paging.url}.
 * A page names the case, its risk level and where to open it, never what a caller said. Each page carries an
 * {@code Idempotency-Key} that stays the same when the page is sent again after a failure or a node's crash, so a
 * gateway that honours it pages once.
 */
@Component
public class OnCallPager {

    private static final Logger log = LoggerFactory.getLogger(OnCallPager.class);

    /** What a page says. */
    public record Page(String pageId, String caseNumber, String riskLevel, String reason) {
    }

    /** The gateway did not take the page: the step fails and is tried again on the job retry cycle. */
    public static class PageNotDelivered extends RuntimeException implements SafeToShow {
        PageNotDelivered(String message) {
            super(message);
        }
    }

    private final URI url;
    private final String token;
    private final Duration timeout;
    private final String workspaceUrl;
    private final String node;
    private final ObjectMapper json;
    private final HttpClient http;

    OnCallPager(@Value("${hotline.paging.url:}") String url, @Value("${hotline.paging.token:}") String token,
                @Value("${hotline.paging.timeout:PT10S}") Duration timeout,
                @Value("${hotline.paging.workspace-url:http://localhost:8080}") String workspaceUrl,
                @Value("${hotline.cluster.node-name:}") String node, ObjectMapper json) {
        this.url = url.isBlank() ? null : URI.create(url.strip());
        this.token = token.strip();
        this.timeout = timeout;
        this.workspaceUrl = workspaceUrl.replaceAll("/+$", "");
        this.node = node.strip();
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        if (this.url != null && !this.token.isEmpty() && !"https".equalsIgnoreCase(this.url.getScheme())) {
            log.warn("The pager's token goes to {} without TLS: use an https address", this.url.getHost());
        }
        if (this.url == null) {
            log.info("No pager configured (hotline.paging.url): urgent cases reach supervisors through the board and"
                    + " notifications only");
        }
    }

    public boolean configured() {
        return url != null;
    }

    /** Sends the page; throws {@link PageNotDelivered} unless the gateway answered 2xx. */
    public void send(Page page) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("pageId", page.pageId());
        body.put("caseNumber", page.caseNumber());
        body.put("riskLevel", page.riskLevel());
        body.put("reason", page.reason());
        body.put("link", workspaceUrl + "/cases/" + page.caseNumber());
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", page.pageId())
                .POST(HttpRequest.BodyPublishers.ofString(write(body)));
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        if (!node.isEmpty()) {
            request.header("X-Hotline-Node", node);
        }
        HttpResponse<Void> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new PageNotDelivered("Pager unreachable for case " + page.caseNumber() + ": "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PageNotDelivered("Page for case " + page.caseNumber() + " interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new PageNotDelivered("Pager answered " + response.statusCode() + " for case " + page.caseNumber());
        }
    }

    private String write(Map<String, Object> body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
