package org.hotline.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotline.platform.ApiProblem;
import org.hotline.platform.EnginePaths;
import org.hotline.platform.ReplayedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist completes tasks through the webapps' engine API, which takes any variables. Here a completion or form
 * submission is checked against the task's form first, as {@code POST /api/tasks/{id}/complete} is: only the form's
 * fields, each valid; anything else is a 400 and the task stays open.
 */
@Component
class TasklistSubmissionCheck extends OncePerRequestFilter {

    /** A completion or form submission, through the webapps' engine API or the engine's REST API, in any URL form. */
    private static final Pattern SUBMISSION = Pattern.compile("/task/([^/]+)/(complete|submit-form)");

    private final HotlineTaskService tasks;
    private final ObjectMapper json;

    TasklistSubmissionCheck(HotlineTaskService tasks, ObjectMapper json) {
        this.tasks = tasks;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !SUBMISSION.matcher(resource(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher submission = SUBMISSION.matcher(resource(request));
        if (!submission.matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        try {
            JsonNode variables = body.length == 0 ? null : json.readTree(body).path("variables");
            tasks.checkSubmission(submission.group(1), values(variables));
        } catch (ApiProblem problem) {
            problem.writeTo(response, true);
            return;
        } catch (IOException e) {
            ApiProblem.invalid("body", "is not well-formed JSON").writeTo(response, true);
            return;
        }
        chain.doFilter(new ReplayedRequest(request, body), response);
    }

    private static String resource(HttpServletRequest request) {
        String resource = EnginePaths.engineResource(request);
        return resource == null ? "" : resource;
    }

    /** Camunda's typed values ({"value": ..., "type": "Json"}) as the plain values a form validator checks. */
    private Map<String, Object> values(JsonNode variables) throws IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        if (variables == null || !variables.isObject()) {
            return values;
        }
        for (Map.Entry<String, JsonNode> field : variables.properties()) {
            JsonNode value = field.getValue().path("value");
            if ("json".equalsIgnoreCase(field.getValue().path("type").asText()) && value.isTextual()) {
                value = json.readTree(value.asText());
            }
            values.put(field.getKey(), plain(value));
        }
        return values;
    }

    private static Object plain(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        if (value.isArray()) {
            List<Object> list = new ArrayList<>();
            value.forEach(item -> list.add(plain(item)));
            return list;
        }
        if (value.isObject()) {
            return value.toString();
        }
        return value.asText();
    }

}
