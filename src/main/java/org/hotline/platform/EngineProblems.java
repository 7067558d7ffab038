package org.hotline.platform;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.DeploymentResourceNotFoundException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ParamException;
import org.hotline.platform.ApiProblem.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * What the engine's REST API ({@code /engine-rest}) and the webapps' APIs ({@code /camunda/api/...}) answer when a
 * request fails: an RFC 9457 problem, with Camunda's {@code message} beside {@code detail} because Tasklist, Cockpit
 * and Camunda Modeler show that member. Camunda itself answers with the exception's class name and message, which can
 * quote stored values, name Java classes and turn the client's mistakes into 500s.
 *
 * <p>A refusal the request caused (a value of the wrong type, an unknown id, a task someone else claimed, a model that
 * does not parse) is a 400, 403, 404 or 409 with a text of ours, naming the field when the engine names one. Only a
 * failure whose chain holds nothing but the engine's own refusals and the readers of what the client sent (XML, JSON,
 * expressions, decisions) counts as the request's; anything else (the database, a bug) is the server's: a 500 with
 * a reference that the log holds (see {@link ServerFault}). The engine's messages are read for field names and
 * limits only, never passed on.
 *
 * <p>The mappers below replace Camunda's for the same exception types: registered with a higher priority, Jersey
 * takes them first ({@link EngineApiConfiguration} registers them in every Jersey application).
 */
public final class EngineProblems {

    private static final Logger log = LoggerFactory.getLogger(EngineProblems.class);
    private static final String NAME = "([A-Za-z_][A-Za-z0-9_.\\-]{0,63})";
    private static final Pattern NOT_FOUND = Pattern.compile(
            "(?i)cannot find|not found|no matching|does not exist|no \\S+( \\S+)? found");
    private static final Pattern VARIABLE = Pattern.compile("variable (?:with name )?'?" + NAME + "'?[:.]");
    private static final Pattern SAFE_NAME = Pattern.compile(NAME);

    /** The engine's refusals that name a field or a limit, and what we say instead. First match wins. */
    private static final List<Refusal> REFUSALS = List.of(
            new Refusal("Could not parse '" + NAME + "'", m -> m.group(1), "is not a well-formed BPMN or DMN file"),
            new Refusal("Unable to transform DMN resource '" + NAME + "'", m -> m.group(1), "is not a valid DMN model"),
            new Refusal("Java serialization format is prohibited", m -> null,
                    "is a serialized Java object, which is not accepted; send the value as JSON"),
            new Refusal("query parameter '" + NAME + "'", m -> m.group(1), "is not a valid value for this parameter"),
            new Refusal("Max results limit of (\\d+) exceeded", m -> "maxResults", "must be %s or less"),
            new Refusal("row limit can't be set larger than (\\d+)", m -> "maxResults", "must be %s or less"),
            new Refusal("An unbound number of results is forbidden", m -> "maxResults", "is required"),
            new Refusal("Expressions are forbidden in (?:adhoc|stored) queries", m -> "query", "may not hold expressions"),
            new Refusal("Cannot convert value .*? of type '([A-Za-z]{1,32})'", m -> null, "is not a valid %s"),
            new Refusal("Unsupported value type '([A-Za-z]{1,32})'", m -> null, "has a value type the engine does not know"),
            new Refusal("variable comparator specified", m -> "operator", "is not a known comparison"),
            new Refusal("sortBy and sortOrder required", m -> "sortBy", "and sortOrder go together"),
            new Refusal("Cannot correlate message", m -> "messageName", "matches no waiting case or process"),
            new Refusal(NAME + " is null$", m -> m.group(1), "is required"));

    private EngineProblems() {
    }

    /** The problem to answer with; a server fault is logged under the reference it shows. */
    static ApiProblem of(Throwable thrown) {
        Optional<ApiProblem> own = ApiProblem.in(thrown);
        if (own.isPresent()) {
            return own.get();
        }
        if (thrown instanceof WebApplicationException web) {
            return fromStatus(web);
        }
        if (thrown instanceof JacksonException json) {
            // Reading the request's JSON failed, or writing the answer's did: only the first is the client's.
            return json.getProcessor() instanceof com.fasterxml.jackson.core.JsonGenerator
                    ? ServerFault.record("A request to the engine", json) : JsonProblems.of(json);
        }
        if (thrown instanceof RestException rest) {
            int status = rest.getStatus() == null ? 500 : rest.getStatus().getStatusCode();
            if (status < 500) {
                return refused(HttpStatus.valueOf(status), rest);
            }
            // Camunda's resources wrap whatever the engine threw into a 500: judge what it threw.
            return rest.getCause() == null ? ServerFault.record("A request to the engine", rest) : of(rest.getCause());
        }
        if (!causedByRequest(thrown)) {
            return ServerFault.record("A request to the engine", thrown);
        }
        log.debug("The engine refused a request: {}", thrown.getClass().getName());
        if (thrown instanceof AuthorizationException) {
            return ApiProblem.forbidden("Your role may not do this");
        }
        if (thrown instanceof OptimisticLockingException) {
            return ApiProblem.conflict("Someone else changed this at the same moment; try again");
        }
        if (thrown instanceof TaskAlreadyClaimedException) {
            return ApiProblem.conflict("Someone else has claimed this task");
        }
        if (thrown instanceof ParseException parse) {
            return unparsable(parse);
        }
        if ((thrown instanceof NullValueException || thrown instanceof NotFoundException
                || thrown instanceof DeploymentResourceNotFoundException) && NOT_FOUND.matcher(messages(thrown)).find()) {
            return ApiProblem.notFound("No such resource: it does not exist or is already finished");
        }
        return refused(HttpStatus.BAD_REQUEST, thrown);
    }

    /**
     * Whether every link of the chain is the engine refusing or a reader refusing what the client sent. A link of
     * another kind (SQL, I/O, a null pointer) makes the failure the server's.
     */
    private static boolean causedByRequest(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            boolean engineRefusal = t instanceof ProcessEngineException
                    && !(t instanceof org.camunda.bpm.engine.ProcessEnginePersistenceException);
            boolean readerRefusal = t instanceof org.camunda.bpm.impl.juel.jakarta.el.ELException
                    || t instanceof org.camunda.bpm.dmn.engine.DmnEngineException
                    || t instanceof org.camunda.bpm.dmn.feel.impl.FeelException
                    || t instanceof org.camunda.bpm.model.xml.ModelException
                    || t instanceof org.camunda.spin.SpinRuntimeException
                    || t instanceof org.xml.sax.SAXException
                    || t instanceof javax.xml.stream.XMLStreamException
                    || t instanceof JacksonException
                    || t instanceof NumberFormatException
                    || t instanceof java.time.format.DateTimeParseException
                    || t instanceof java.text.ParseException;
            if (!engineRefusal && !readerRefusal) {
                return false;
            }
        }
        return true;
    }

    private static ApiProblem refused(HttpStatus status, Throwable thrown) {
        if (status == HttpStatus.NOT_FOUND) {
            return ApiProblem.notFound("No such resource: it does not exist or is already finished");
        }
        if (status == HttpStatus.FORBIDDEN) {
            return ApiProblem.forbidden("Your role may not do this");
        }
        if (status == HttpStatus.CONFLICT) {
            return ApiProblem.conflict("Someone else changed this at the same moment; try again");
        }
        String messages = messages(thrown);
        for (Refusal refusal : REFUSALS) {
            Matcher match = refusal.pattern().matcher(messages);
            if (match.find()) {
                String field = refusal.field().apply(match);
                if (field == null) {
                    Matcher variable = VARIABLE.matcher(messages);
                    field = variable.find() ? variable.group(1) : "variables";
                }
                String text = refusal.message().contains("%s") ? refusal.message().formatted(match.group(1)) : refusal.message();
                ApiProblem named = ApiProblem.invalid(field, text);
                return status == HttpStatus.BAD_REQUEST ? named
                        : new ApiProblem(status, "validation", "Invalid request", named.getMessage(), named.errors());
            }
        }
        return new ApiProblem(status, status == HttpStatus.BAD_REQUEST ? "validation" : "refused",
                status == HttpStatus.BAD_REQUEST ? "Invalid request" : status.getReasonPhrase(),
                "The engine refused the request: a value in it, or the state of what it names, does not allow it",
                List.of());
    }

    /** A model that does not parse: where each problem is, for the designer to look; not the parser's words. */
    private static ApiProblem unparsable(ParseException parse) {
        List<FieldError> errors = new ArrayList<>();
        for (ResourceReport report : parse.getResorceReports()) {
            for (Problem problem : report.getErrors()) {
                String element = problem.getMainElementId() != null && SAFE_NAME.matcher(problem.getMainElementId()).matches()
                        ? ", element " + problem.getMainElementId() : "";
                errors.add(new FieldError(safe(report.getResourceName()), "line " + problem.getLine() + ", column "
                        + problem.getColumn() + element + ": not valid here (check the model in Camunda Modeler)"));
            }
        }
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "The model could not be read: it is not valid BPMN or DMN" + (errors.isEmpty() ? "" : " at " + errors.size()
                        + " place" + (errors.size() == 1 ? "" : "s")), errors);
    }

    private static ApiProblem fromStatus(WebApplicationException web) {
        int status = web.getResponse() == null ? 500 : web.getResponse().getStatus();
        if (web instanceof ParamException param && !(web instanceof ParamException.PathParamException)) {
            return ApiProblem.invalid(safe(param.getParameterName()), "has the wrong type or format");
        }
        HttpStatus known = HttpStatus.resolve(status);
        return known != null && known.is4xxClientError() ? ApiProblem.ofStatus(known)
                : ServerFault.record("A request to the engine", web);
    }

    /** The messages of the whole chain, to find names and limits in; never shown. */
    private static String messages(Throwable thrown) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                all.append(t.getMessage()).append('\n');
            }
        }
        return all.toString();
    }

    private static String safe(String name) {
        return name != null && SAFE_NAME.matcher(name).matches() ? name : "body";
    }

    static Response answer(Throwable thrown) {
        ApiProblem problem = of(thrown);
        return Response.status(problem.status().value()).type("application/problem+json;charset=UTF-8")
                .entity(problem.toJson(true)).build();
    }

    private record Refusal(Pattern pattern, Function<Matcher, String> field, String message) {
        Refusal(String regex, Function<Matcher, String> field, String message) {
            this(Pattern.compile(regex, Pattern.MULTILINE), field, message);
        }
    }

    /** Before Camunda's mappers of the same types, which Jersey ranks at the default priority. */
    private static final int FIRST = Priorities.USER - 1000;

    @Priority(FIRST)
    public static final class AnyFailure implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable thrown) {
            return answer(thrown);
        }
    }

    @Priority(FIRST)
    public static final class EngineFailure implements ExceptionMapper<ProcessEngineException> {
        @Override
        public Response toResponse(ProcessEngineException thrown) {
            return answer(thrown);
        }
    }

    @Priority(FIRST)
    public static final class RestFailure implements ExceptionMapper<RestException> {
        @Override
        public Response toResponse(RestException thrown) {
            return answer(thrown);
        }
    }

    @Priority(FIRST)
    public static final class UnreadableJson implements ExceptionMapper<JsonMappingException> {
        @Override
        public Response toResponse(JsonMappingException thrown) {
            return answer(thrown);
        }
    }

    @Priority(FIRST)
    public static final class MalformedJson implements ExceptionMapper<JsonParseException> {
        @Override
        public Response toResponse(JsonParseException thrown) {
            return answer(thrown);
        }
    }

    /** Every mapper, for registering them together. */
    static final List<Class<?>> MAPPERS = List.of(AnyFailure.class, EngineFailure.class, RestFailure.class,
            UnreadableJson.class, MalformedJson.class);
}
