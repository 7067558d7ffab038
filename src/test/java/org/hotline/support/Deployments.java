package org.hotline.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

/** Deployments as Camunda Modeler makes them: a multipart POST to the engine's REST API. */
public final class Deployments {

    private Deployments() {
    }

    /** Deploys one file through {@code path} (a form of {@code /engine-rest/deployment/create}) as this user. */
    public static HttpResponse<String> deploy(int port, String path, String user, String deploymentName, String fileName,
                                              String content) throws IOException, InterruptedException {
        String boundary = "----hotline" + UUID.randomUUID();
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : Map.of("deployment-name", deploymentName, "deploy-changed-only", "false")
                .entrySet()) {
            body.append("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(field.getKey()).append("\"\r\n\r\n")
                    .append(field.getValue()).append("\r\n");
        }
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"data\"; filename=\"").append(fileName).append("\"\r\n")
                .append("Content-Type: application/octet-stream\r\n\r\n")
                .append(content).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
