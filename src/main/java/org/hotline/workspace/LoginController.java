package org.hotline.workspace;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import org.hotline.security.LoginThrottled;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login page for the workspace and the Camunda webapps, in English and French. */
@Controller
class LoginController {

    private final Clock clock;

    LoginController(Clock clock) {
        this.clock = clock;
    }

    /**
     * After a refused login: a throttled attempt says how long to wait, in minutes beyond two of them, never whether
     * the name is a user's or which limit was reached.
     */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        if (request.getParameter("error") != null && session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottled throttled) {
            long seconds = Math.max(1, (Duration.between(clock.instant(), throttled.retryAt()).toMillis() + 999) / 1000);
            if (seconds <= 120) {
                model.addAttribute("waitSeconds", seconds);
            } else {
                model.addAttribute("waitMinutes", (seconds + 59) / 60);
            }
        }
        return "login";
    }
}
