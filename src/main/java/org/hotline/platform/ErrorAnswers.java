package org.hotline.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the servlet container answers when a request failed outside our handlers (a filter refused it, Spring
 * Security asked for a login, an exception reached the container): a problem, or the error page for a browser.
 * Never the exception's class or message. (Spring Boot's own answer is not a problem, and asked for directly it
 * answered {@code /error} with a 500.) Asked for directly, {@code /error} is an address that holds nothing: a 404.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorAnswers implements ErrorController {

    @RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        ApiProblem problem = problem(request);
        response.setStatus(problem.status().value());
        return new ModelAndView("error", Map.of("status", problem.status().value()), problem.status());
    }

    @RequestMapping
    ResponseEntity<String> problemJson(HttpServletRequest request) {
        ApiProblem problem = problem(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        return ResponseEntity.status(problem.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.toJson(uri instanceof String path && camundaClient(path)));
    }

    /** Whether a request comes from Camunda's clients (Modeler, the webapps), which show an error's {@code message}. */
    static boolean camundaClient(String path) {
        return path.equals("/engine-rest") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/");
    }

    private static ApiProblem problem(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (request.getDispatcherType() != DispatcherType.ERROR || !(code instanceof Integer)) {
            return ApiProblem.notFound("No such resource");
        }
        Throwable thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        if (thrown != null && RequestSizeLimit.tooLarge(thrown)) {
            return ApiProblem.ofStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        }
        if (thrown != null && ApiProblem.in(thrown).isPresent()) {
            return ApiProblem.in(thrown).get();
        }
        HttpStatus status = HttpStatus.resolve((Integer) code);
        if (status != null && status.is4xxClientError()) {
            return ApiProblem.ofStatus(status);
        }
        return ServerFault.record("Request", thrown);
    }
}
