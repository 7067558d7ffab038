package org.hotline.workspace;

import jakarta.servlet.http.HttpServletResponse;
import org.hotline.platform.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refused request on a page is a page, in the reader's language: not found, not yours, already closed. Never a
 * stack trace, and nothing of the case in the message.
 */
@ControllerAdvice(basePackageClasses = WorkspaceErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorkspaceErrors {

    private static final Logger log = LoggerFactory.getLogger(WorkspaceErrors.class);

    @ExceptionHandler(ApiProblem.class)
    String problem(ApiProblem problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status().value());
        model.addAttribute("status", problem.status().value());
        return "error";
    }

    @ExceptionHandler(Exception.class)
    String failure(Exception e, Model model, HttpServletResponse response) {
        ApiProblem problem = ApiProblem.in(e).orElse(null);
        if (problem != null) {
            return problem(problem, model, response);
        }
        int status = 500;
        if (e instanceof ErrorResponse refused) {
            // A request Spring MVC refused (a missing parameter, a wrong type): the client's mistake.
            status = refused.getStatusCode().value();
        } else if (e instanceof AccessDeniedException) {
            status = 403;
        } else {
            // The message of an unexpected exception may quote data: its type and origin only.
            StackTraceElement origin = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
            log.error("Page request failed: {} at {}", e.getClass().getName(), origin);
        }
        response.setStatus(status);
        model.addAttribute("status", status);
        return "error";
    }
}
