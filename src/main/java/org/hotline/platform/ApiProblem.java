package org.hotline.platform;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A request the application refuses, with what the client needs to put it right. The detail and field messages
 * never contain what a caller said: they name fields and codes only.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;

    public ApiProblem(HttpStatus status, String type, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid: " + String.join(", ", errors.stream().map(FieldError::field).toList());
        return new ApiProblem(HttpStatus.BAD_REQUEST, "validation", "Invalid request", detail, errors);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Not found", detail, List.of());
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(HttpStatus.CONFLICT, "conflict", "Conflict", detail, List.of());
    }

    public static ApiProblem forbidden(String detail) {
        return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail, List.of());
    }

    public static ApiProblem unprocessable(String detail) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, "unprocessable", "Unprocessable request", detail, List.of());
    }

    /**
     * The problem of a refused request of which nothing more is known than its status (the servlet container, a
     * filter or a framework refused it). 5xx statuses are not refusals: see {@link ServerFault}.
     */
    public static ApiProblem ofStatus(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> new ApiProblem(status, "validation", "Invalid request", "The request could not be read", List.of());
            case UNAUTHORIZED -> new ApiProblem(status, "unauthorized", "Unauthorized", "Log in first", List.of());
            case FORBIDDEN -> forbidden("Your role may not do this");
            case NOT_FOUND -> notFound("No such resource");
            case METHOD_NOT_ALLOWED -> new ApiProblem(status, "method-not-allowed", "Method not allowed",
                    "This method is not supported here", List.of());
            case NOT_ACCEPTABLE -> new ApiProblem(status, "not-acceptable", "Not acceptable", "Ask for application/json",
                    List.of());
            case CONFLICT -> conflict("Someone else changed this at the same moment; try again");
            case PAYLOAD_TOO_LARGE -> new ApiProblem(status, "too-large", "Payload too large",
                    "The request body is larger than this endpoint takes", List.of());
            case UNSUPPORTED_MEDIA_TYPE -> new ApiProblem(status, "unsupported-media-type", "Unsupported media type",
                    "Send application/json", List.of());
            default -> new ApiProblem(status, "refused", status.getReasonPhrase(), "The request was refused", List.of());
        };
    }

    /** The problem behind an exception, also when the engine wrapped it (a listener or delegate refused). */
    public static java.util.Optional<ApiProblem> in(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof ApiProblem problem) {
                return java.util.Optional.of(problem);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return java.util.Optional.empty();
    }

    /** For filters outside Spring MVC: the same problem JSON the handlers answer with. */
    public void writeTo(jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        writeTo(response, false);
    }

    /**
     * The problem JSON; with {@code withMessage} also the detail as {@code message}, the member Camunda's webapps and
     * Camunda Modeler show to their users.
     */
    public void writeTo(jakarta.servlet.http.HttpServletResponse response, boolean withMessage) throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(toJson(withMessage));
    }

    /** The RFC 9457 body: type, title, status, detail, the fields at fault, and {@code message} if asked. */
    public String toJson(boolean withMessage) {
        StringBuilder body = new StringBuilder("{\"type\":").append(quoted("/problems/" + type))
                .append(",\"title\":").append(quoted(title)).append(",\"status\":").append(status.value())
                .append(",\"detail\":").append(quoted(getMessage()));
        if (withMessage) {
            body.append(",\"message\":").append(quoted(getMessage()));
        }
        if (!errors.isEmpty()) {
            body.append(",\"errors\":[").append(String.join(",", errors.stream().map(error -> "{\"field\":"
                    + quoted(error.field()) + ",\"message\":" + quoted(error.message()) + "}").toList())).append(']');
        }
        return body.append('}').toString();
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public record FieldError(String field, String message) {
    }
}
