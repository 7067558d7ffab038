package org.hotline.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.hotline.platform.ApiProblem;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Login throttling as administrators see it: what waits, what failed lately, and lifting a wait. */
@RestController
@Tag(name = "Administration")
class LoginThrottleController {

    private final LoginThrottle throttle;

    LoginThrottleController(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @GetMapping("/api/admin/login-throttle")
    @Operation(summary = "Sources and user names that must wait before they log in again, recent failed logins, and the"
            + " figures applied (admins). User names that are no user are not shown.")
    Map<String, Object> overview() {
        requireAdmin();
        return Map.of("blocks", throttle.blocks(), "recentFailures", throttle.recentFailures(),
                "settings", throttle.settings());
    }

    @DeleteMapping("/api/admin/login-throttle/{id}")
    @Operation(summary = "Lift a wait and forget its failures (admins); audited")
    Map<String, Object> release(@PathVariable long id) {
        requireAdmin();
        return throttle.release(id).<Map<String, Object>>map(entry -> Map.of("lifted", entry))
                .orElseThrow(() -> ApiProblem.notFound("No login throttle entry " + id + "; it may have expired"));
    }

    private static void requireAdmin() {
        if (!CurrentUser.hasRole(Roles.ADMIN)) {
            throw ApiProblem.forbidden("Administrators only");
        }
    }
}
