package org.hotline.workspace;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The one login page for the workspace and the Camunda webapps, in English and French. */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
