package org.hotline.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** A client of the HTTP API as integrations see it: JSON over HTTP with Basic credentials. */
public final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json;
    private final String base;

    public Api(int port, ObjectMapper json) {
        this.base = "http://localhost:" + port;
        this.json = json;
    }

    /** Every task of one of the user's lists, page after page (the API answers a page at a time). */
    public java.util.List<JsonNode> tasks(String user, String view) {
        java.util.List<JsonNode> all = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            Response answer = get(user, "/api/tasks?view=" + view + "&size=200&page=" + page);
            if (answer.status() != 200) {
                throw new AssertionError("/api/tasks?view=" + view + ": " + answer);
            }
            answer.node().forEach(all::add);
            String links = answer.header("Link");
            if (links == null || !links.contains("rel=\"next\"")) {
                return all;
            }
        }
    }

    /** The id of a case's open task of this definition, from the user's group queue. */
    public String taskOf(String user, String caseNumber, String taskDefinitionKey) {
        for (JsonNode task : tasks(user, "group")) {
            if (task.path("caseNumber").asText().equals(caseNumber)
                    && task.path("taskDefinitionKey").asText().equals(taskDefinitionKey)) {
                return task.path("id").asText();
            }
        }
        throw new AssertionError(taskDefinitionKey + " of " + caseNumber + " is not in the queue of " + user);
    }

    /** Claims and completes a case's open task of this definition from the user's group queue, through the API. */
    public void work(String user, String caseNumber, String taskDefinitionKey, Map<String, Object> variables) {
        String id = taskOf(user, caseNumber, taskDefinitionKey);
        Response claimed = post(user, "/api/tasks/" + id + "/claim", "");
        if (claimed.status() != 204) {
            throw new AssertionError("claim of " + taskDefinitionKey + ": " + claimed);
        }
        Response completed = post(user, "/api/tasks/" + id + "/complete", Map.of("variables", variables));
        if (completed.status() != 204) {
            throw new AssertionError("completion of " + taskDefinitionKey + ": " + completed);
        }
    }

    /**
     * A LOW-risk case opened by this advocate, its risk confirmed and consent refused: it waits for its follow-up
     * timer, with no task for anybody, so nobody else on the advocates' team may open it.
     */
    public String caseWaitingForFollowUp(String advocate) {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("indicators", java.util.List.of());
        String caseNumber = post(advocate, "/api/cases", request).node().path("caseNumber").asText();
        work(advocate, caseNumber, "Task_ConfirmRisk", Map.of("riskLevel", "LOW"));
        work(advocate, caseNumber, "Task_RecordConsent", Map.of("consentWordingRead", true, "consentMethod", "VERBAL",
                "consentToServicesAnswer", "REFUSED", "consentToReportAnswer", "REFUSED"));
        return caseNumber;
    }

    public Response get(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).GET(), Map.of());
    }

    public Response post(String user, String path, Object body) {
        return post(user, path, body, Map.of());
    }

    public Response delete(String user, String path) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path)).DELETE(), Map.of());
    }

    public Response put(String user, String path, Object body) {
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text(body), StandardCharsets.UTF_8)), Map.of());
    }

    private String text(Object body) {
        try {
            return body instanceof String raw ? raw : json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Response post(String user, String path, Object body, Map<String, String> headers) {
        String text;
        try {
            text = body instanceof String raw ? raw : json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(user, HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8)), headers);
    }

    private Response send(String user, HttpRequest.Builder request, Map<String, String> headers) {
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""), json, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, String contentType, ObjectMapper json,
                           java.net.http.HttpHeaders headers) {

        /** A header of the answer, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public JsonNode node() {
            try {
                return body == null || body.isBlank() ? json.nullNode() : json.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
