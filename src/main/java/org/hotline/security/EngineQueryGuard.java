package org.hotline.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.hotline.platform.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.hotline.platform.EnginePaths;
import org.hotline.platform.JsonProblems;
import org.hotline.platform.ReplayedRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Task queries from outside, checked before the engine sees them, on every way in: the engine's REST API (both of
 * its URL forms) and the webapps' engine API that Tasklist uses. A task query, a filter's saved query and a filter's
 * extending query may use only the task query fields of the engine's REST API that are not expressions
 * ({@link #TASK_QUERY_FIELDS}); {@code orQueries} holds at most {@link #MAX_OR_QUERIES} branches of the same fields; no
 * value holds {@code ${} or {@code #{}. No parameter of any engine request names an expression. Anything else is a
 * 400 naming the field. {@link QueryExpressionRefusal} holds the same rule inside the engine.
 */
@Component
class EngineQueryGuard extends OncePerRequestFilter {

    static final int MAX_OR_QUERIES = 5;
    private static final String OR_QUERIES = "orQueries";
    /** The fields of a task query: every property of the REST API's task query, but the expressions. */
    static final Set<String> TASK_QUERY_FIELDS = taskQueryFields();
    /** Resources whose JSON body is a task query, or holds one. */
    private static final Pattern TASK_QUERY = Pattern.compile("/task(/count)?");
    private static final Pattern FILTER_RUN = Pattern.compile("/filter/[^/]+/(list|count|singleResult)");
    private static final Pattern FILTER_SAVE = Pattern.compile("/filter/(create|[^/]+)");

    private static final Logger log = LoggerFactory.getLogger(EngineQueryGuard.class);

    private final ObjectMapper json;

    EngineQueryGuard(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return EnginePaths.engineResource(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String resource = EnginePaths.engineResource(request);
        try {
            for (String parameter : Collections.list(request.getParameterNames())) {
                if (namesExpression(parameter)) {
                    throw ApiProblem.invalid(parameter, "expressions are not allowed in queries");
                }
                for (String value : request.getParameterValues(parameter)) {
                    if (value != null && (value.contains("${") || value.contains("#{"))) {
                        throw ApiProblem.invalid(parameter, "expressions are not allowed in queries");
                    }
                }
            }
            if (!hasJsonBody(request)) {
                chain.doFilter(request, response);
                return;
            }
            byte[] body = request.getInputStream().readAllBytes();
            check(resource, request.getMethod(), body);
            chain.doFilter(new ReplayedRequest(request, body), response);
        } catch (ApiProblem refused) {
            // Field names only: a value could be anything a caller said.
            log.info("Refused an engine query on {}: {}", resource,
                    refused.errors().stream().map(ApiProblem.FieldError::field).toList());
            refused.writeTo(response, true);
        }
    }

    private void check(String resource, String method, byte[] body) {
        boolean post = "POST".equals(method);
        boolean taskQuery = post && TASK_QUERY.matcher(resource).matches();
        boolean filterRun = post && FILTER_RUN.matcher(resource).matches();
        boolean filterSave = ("POST".equals(method) || "PUT".equals(method)) && FILTER_SAVE.matcher(resource).matches();
        if (!taskQuery && !filterRun && !filterSave) {
            return;
        }
        JsonNode document;
        try {
            document = body.length == 0 ? null : json.readTree(body);
        } catch (IOException e) {
            throw JsonProblems.of(e); // names the key given twice, or the body
        }
        if (document == null || document.isNull()) {
            return;
        }
        if (filterSave) {
            JsonNode query = document.path("query");
            if (!query.isMissingNode() && !query.isNull()) {
                checkQuery(query, "query.", true);
            }
        } else {
            checkQuery(document, "", true);
        }
    }

    /** A task query: known fields only, no expressions, a few {@code or} branches each checked the same way. */
    private static void checkQuery(JsonNode query, String path, boolean branchesAllowed) {
        if (!query.isObject()) {
            throw ApiProblem.invalid(path.isEmpty() ? "body" : path.substring(0, path.length() - 1),
                    "must be a task query object");
        }
        for (Map.Entry<String, JsonNode> field : query.properties()) {
            String name = field.getKey();
            if (namesExpression(name)) {
                throw ApiProblem.invalid(path + name, "expressions are not allowed in queries");
            }
            if (OR_QUERIES.equals(name)) {
                if (!branchesAllowed) {
                    throw ApiProblem.invalid(path + name, "an or-query may not hold or-queries of its own");
                }
                JsonNode branches = field.getValue();
                if (!branches.isNull() && !branches.isArray()) {
                    throw ApiProblem.invalid(path + name, "must be a list of task queries");
                }
                if (branches.size() > MAX_OR_QUERIES) {
                    throw ApiProblem.invalid(path + name, "holds " + branches.size() + " queries; at most "
                            + MAX_OR_QUERIES + " are allowed");
                }
                for (int i = 0; i < branches.size(); i++) {
                    checkQuery(branches.get(i), path + name + "[" + i + "].", false);
                }
                continue;
            }
            if (!TASK_QUERY_FIELDS.contains(name)) {
                throw ApiProblem.invalid(path + name, "is not a task query field");
            }
            checkValues(field.getValue(), path + name);
        }
        // The engine cannot run an "or" branch with a candidate user and one candidate group (it fails adding the
        // user's groups to the one-group list): a clear refusal rather than a server fault.
        if (!branchesAllowed && query.hasNonNull("candidateUser") && query.hasNonNull("candidateGroup")) {
            throw ApiProblem.invalid(path + "candidateGroup", "cannot be combined with candidateUser in an or-query;"
                    + " use candidateGroups");
        }
    }

    private static void checkValues(JsonNode value, String field) {
        if (value.isTextual() && (value.asText().contains("${") || value.asText().contains("#{"))) {
            throw ApiProblem.invalid(field, "expressions are not allowed in queries");
        }
        if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                checkValues(value.get(i), field + "[" + i + "]");
            }
        } else if (value.isObject()) {
            value.properties().forEach(inner -> checkValues(inner.getValue(), field + "." + inner.getKey()));
        }
    }

    private static boolean namesExpression(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("expression");
    }

    private static boolean hasJsonBody(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).contains("json");
    }

    /** The JSON properties of the REST API's task query (its setters) and paging, less those that take an expression. */
    private static Set<String> taskQueryFields() {
        Set<String> fields = Arrays.stream(TaskQueryDto.class.getMethods())
                .filter(m -> m.getName().startsWith("set") && m.getName().length() > 3 && m.getParameterCount() == 1
                        && !Modifier.isStatic(m.getModifiers()))
                .map(Method::getName)
                .map(name -> Character.toLowerCase(name.charAt(3)) + name.substring(4))
                .filter(name -> !namesExpression(name) && !OR_QUERIES.equals(name))
                .collect(Collectors.toCollection(TreeSet::new));
        // Tasklist sends its page in the body of a filter's extending query too.
        fields.addAll(Set.of("firstResult", "maxResults"));
        return Collections.unmodifiableSet(fields);
    }
}
