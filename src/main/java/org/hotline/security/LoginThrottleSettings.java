package org.hotline.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The figures of {@link LoginThrottle} ({@code hotline.login-throttle} in application.yaml). */
@ConfigurationProperties(prefix = "hotline.login-throttle")
record LoginThrottleSettings(@DefaultValue PerSourceAndUser perSourceAndUser, @DefaultValue PerSource perSource,
                             @DefaultValue PerUser perUser) {

    /**
     * A user name from one source address: {@code freeFailures} failures are free; after them each failure makes the
     * next attempt wait, {@code firstDelay} doubled with each further failure, up to {@code maxDelay}. Forgotten after
     * a successful login, or {@code forgetAfter} after the last failure.
     */
    record PerSourceAndUser(@DefaultValue("3") int freeFailures, @DefaultValue("PT5S") Duration firstDelay,
                            @DefaultValue("PT10M") Duration maxDelay, @DefaultValue("PT24H") Duration forgetAfter) {

        PerSourceAndUser {
            require(freeFailures >= 0, "per-source-and-user.free-failures must be 0 or more");
            require(positive(firstDelay) && positive(maxDelay) && positive(forgetAfter)
                    && maxDelay.compareTo(firstDelay) >= 0, "per-source-and-user delays must be positive, max-delay"
                    + " at least first-delay");
        }

        /** The wait after the given number of failures in a row: none while they are free. */
        Duration delayAfter(int failures) {
            if (failures <= freeFailures) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - freeFailures - 1, 30);
            Duration delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    /** A source address, whatever the user names: {@code failures} failures within {@code window} block it for {@code block}. */
    record PerSource(@DefaultValue("30") int failures, @DefaultValue("PT15M") Duration window,
                     @DefaultValue("PT15M") Duration block) {

        PerSource {
            require(failures > 0 && positive(window) && positive(block), "per-source figures must be positive");
        }
    }

    /**
     * A user name from every source: {@code failures} failures within {@code window} lock it for {@code lock}, unless it
     * is the last administrator who is not locked.
     */
    record PerUser(@DefaultValue("100") int failures, @DefaultValue("PT1H") Duration window,
                   @DefaultValue("PT15M") Duration lock, @DefaultValue("P30D") Duration knownSourceFor) {

        PerUser {
            require(failures > 0 && positive(window) && positive(lock) && positive(knownSourceFor),
                    "per-user figures must be positive");
        }
    }

    private static boolean positive(Duration duration) {
        return duration != null && !duration.isNegative() && !duration.isZero();
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("hotline.login-throttle." + message);
        }
    }
}
