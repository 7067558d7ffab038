package org.hotline.lifecycle;

import java.time.Clock;
import java.time.Duration;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.Date;
import org.springframework.stereotype.Component;

/** Due dates of user tasks ({@code camunda:dueDate="${taskDue.after(slaFirstAction)}"}), on the engine's clock. */
@Component("taskDue")
public class TaskDue {

    private final Clock clock;

    TaskDue(Clock clock) {
        this.clock = clock;
    }

    public Date after(String isoDuration) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return Date.from(plus(now, isoDuration).toInstant());
    }

    /** Adds an ISO-8601 duration that may carry days ({@code P2D}), time ({@code PT15M}) or both ({@code P1DT2H}). */
    public static ZonedDateTime plus(ZonedDateTime start, String isoDuration) {
        int t = isoDuration.indexOf('T');
        if (t < 0) {
            return start.plus(Period.parse(isoDuration));
        }
        if (t == 1) {
            return start.plus(Duration.parse(isoDuration));
        }
        return start.plus(Period.parse(isoDuration.substring(0, t))).plus(Duration.parse("P" + isoDuration.substring(t)));
    }
}
