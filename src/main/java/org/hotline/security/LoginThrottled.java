package org.hotline.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hotline.platform.ApiProblem;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;

/**
 * A login refused before its password was checked, because of too many failed logins ({@link LoginThrottle}). It
 * names neither the user nor which limit was reached: the attacker learns only when to try again.
 */
public class LoginThrottled extends AuthenticationException {

    private final Instant retryAt;
    private final long retryAfterSeconds;

    LoginThrottled(Instant now, Duration wait) {
        super("Too many failed logins");
        this.retryAfterSeconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        this.retryAt = now.plusSeconds(retryAfterSeconds);
    }

    /** When the next attempt may be made. */
    public Instant retryAt() {
        return retryAt;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** The answer of the API and the engine REST API: 429 with Retry-After. */
    void writeTo(HttpServletResponse response) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, "too-many-logins", "Too many failed logins",
                "Too many failed logins: wait " + retryAfterSeconds + " seconds and try again", List.of())
                .writeTo(response);
    }
}
