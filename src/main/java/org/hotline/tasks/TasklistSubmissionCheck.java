package org.hotline.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hotline.platform.ApiProblem;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Tasklist completes tasks through the webapps' engine API, which takes any variables. Here a completion or form
 * submission is checked against the task's form first, as {@code POST /api/tasks/{id}/complete} is: only the form's
 * fields, each valid; anything else is a 400 and the task stays open.
 */
@Component
class TasklistSubmissionCheck extends OncePerRequestFilter {

    // Matched on the path as the servlet container decoded it, the way Jersey matches it: with or without a
    // trailing slash, with escaped letters, it is the same submission.
    private static final Pattern SUBMISSION =
            Pattern.compile("/camunda/api/engine/engine/[^/]+/task/([^/]+)/(complete|submit-form)/?");

    private final HotlineTaskService tasks;
    private final ObjectMapper json;

    TasklistSubmissionCheck(HotlineTaskService tasks, ObjectMapper json) {
        this.tasks = tasks;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !SUBMISSION.matcher(path(request)).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher submission = SUBMISSION.matcher(path(request));
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
        chain.doFilter(new Replayed(request, body), response);
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

    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    /** The request again, with the body already read. */
    private static final class Replayed extends HttpServletRequestWrapper {

        private final byte[] body;

        Replayed(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
