package org.hotline.platform;

import jakarta.validation.ConstraintViolationException;
import org.camunda.bpm.engine.ProcessEngineException;
import java.net.URI;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.hotline.platform.ApiProblem.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/** One error format for the whole API: RFC 9457 problem details, with the fields at fault. */
@RestControllerAdvice
// After the workspace pages' own handler, which answers with a page; before everything else.
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        return respond(problem.status(), problem.type(), problem.title(), problem.getMessage(), problem.errors());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException e) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return apiProblem(ApiProblem.invalid(errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException e) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList();
        return apiProblem(ApiProblem.invalid(errors));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException e) {
        List<FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return apiProblem(ApiProblem.invalid(errors));
    }

    @ExceptionHandler(RequestSizeLimit.BodyTooLarge.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestSizeLimit.BodyTooLarge e) {
        return respond(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "Payload too large",
                "The request body is larger than this endpoint takes", List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (RequestSizeLimit.tooLarge(e)) {
            return tooLarge(null);
        }
        return apiProblem(JsonProblems.of(e.getCause()));
    }

    /** A multipart body that cannot be parsed; one over the container's limit is a 413. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> multipart(MultipartException e) {
        if (e instanceof MaxUploadSizeExceededException || RequestSizeLimit.tooLarge(e)) {
            return tooLarge(null);
        }
        return apiProblem(ApiProblem.invalid("body", "is not a readable multipart form"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String message = type != null && type.isEnum()
                ? "unknown code; expected one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                        .collect(Collectors.joining(", "))
                : "has the wrong type; expected " + (type == null ? "another type" : JsonProblems.describe(type));
        return apiProblem(ApiProblem.invalid(e.getName(), message));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return apiProblem(ApiProblem.invalid(e.getParameterName(), "is required"));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException e) {
        return apiProblem(ApiProblem.invalid(e.getHeaderName(), "header is required"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
                "Send application/json", List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException e) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed",
                e.getMethod() + " is not supported here", List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e) {
        return apiProblem(ApiProblem.notFound("No such resource"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException e) {
        return apiProblem(ApiProblem.forbidden("Your role may not do this"));
    }

    /**
     * The engine refused: a listener's or delegate's own problem, a conflict, a value the engine does not take. Sorted
     * as in the engine's REST API ({@link EngineProblems}); a fault of the server stays a 500.
     */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ProblemDetail> engine(ProcessEngineException e) {
        return apiProblem(EngineProblems.of(e));
    }

    /** The database refused a value the checks let through: still the client's input, still nothing written. */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(org.springframework.dao.DataIntegrityViolationException e) {
        log.warn("A request broke a database constraint ({})", e.getClass().getSimpleName());
        return apiProblem(ApiProblem.invalid("body", "a value is too long, out of range or refers to something that does not exist"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (RequestSizeLimit.tooLarge(e)) {
            return tooLarge(null);
        }
        return apiProblem(ApiProblem.in(e).orElseGet(() -> ServerFault.record("API request", e)));
    }

    static ResponseEntity<ProblemDetail> respond(HttpStatus status, String type, String title, String detail,
                                                 List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + type));
        problem.setTitle(title);
        if (!errors.isEmpty()) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
