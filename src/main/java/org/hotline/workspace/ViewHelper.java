package org.hotline.workspace;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.hotline.directory.Need;
import org.hotline.risk.Indicator;

/** Dates in the hotline's time zone, and indicator and need labels in the reader's language, for the templates. */
public final class ViewHelper {

    private final DateTimeFormatter minutes;
    private final DateTimeFormatter seconds;
    private final boolean french;

    ViewHelper(ZoneId zone, Locale locale) {
        this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", locale).withZone(zone);
        this.seconds = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z", locale).withZone(zone);
        this.french = locale.getLanguage().equals("fr");
    }

    public String time(Instant instant) {
        return instant == null ? "—" : minutes.format(instant);
    }

    public String seconds(Instant instant) {
        return instant == null ? "—" : seconds.format(instant);
    }

    /** An ISO 8601 duration as people say it: {@code PT15M} is "15 min", {@code P3D} "3 days" ("3 jours"). */
    public String duration(String iso) {
        if (iso == null) {
            return "—";
        }
        try {
            if (iso.contains("T")) {
                java.time.Duration duration = java.time.Duration.parse(iso);
                if (duration.toMinutesPart() == 0 && duration.toHours() > 0) {
                    return duration.toHours() + " h";
                }
                return duration.toMinutes() + " min";
            }
            int days = java.time.Period.parse(iso).getDays();
            return days + (french ? (days == 1 ? " jour" : " jours") : (days == 1 ? " day" : " days"));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }

    public String indicator(String code) {
        try {
            Indicator indicator = Indicator.valueOf(code);
            return french ? indicator.french() : indicator.english();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** A country's name in the page's language, from its ISO 3166-1 code. */
    public String country(String code) {
        if (code == null) {
            return "—";
        }
        String name = new java.util.Locale("", code).getDisplayCountry(french ? java.util.Locale.FRENCH : java.util.Locale.ENGLISH);
        return name.isBlank() ? code : name;
    }

    public String need(String code) {
        try {
            Need need = Need.valueOf(code);
            return french ? need.french() : need.english();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
