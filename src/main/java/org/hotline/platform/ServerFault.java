package org.hotline.platform;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;

/**
 * A failure that is the server's, not the request's (the database is down, a bug): a 500 that shows nothing of it but
 * a reference. The log holds the same reference beside the exception's type and the code line where it arose, never
 * its message, which may quote what a caller said.
 */
final class ServerFault {

    private static final Logger log = LoggerFactory.getLogger(ServerFault.class);

    private ServerFault() {
    }

    /** Logs the failure (if known) under a new reference and returns the problem to answer with. */
    static ApiProblem record(String where, Throwable thrown) {
        // Nine letters and digits (36^8 to 36^9): easy to read out over the phone, unique enough to find in a log.
        String reference = Long.toString(ThreadLocalRandom.current().nextLong(2_821_109_907_456L, 101_559_956_668_416L), 36)
                .toUpperCase(java.util.Locale.ROOT);
        Throwable root = thrown;
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (thrown == null) {
            log.error("{} failed, reference {}: the server answered 5xx without an exception", where, reference);
        } else if (root == thrown) {
            log.error("{} failed, reference {}: {} at {}", where, reference, thrown.getClass().getName(), origin(thrown));
        } else {
            log.error("{} failed, reference {}: {} at {}, caused by {} at {}", where, reference,
                    thrown.getClass().getName(), origin(thrown), root.getClass().getName(), origin(root));
        }
        return new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
                "The request could not be completed; nothing was changed. Reference: " + reference + ".", List.of());
    }

    private static Object origin(Throwable thrown) {
        StackTraceElement[] trace = thrown.getStackTrace();
        return trace.length > 0 ? trace[0] : "an unknown place";
    }
}
