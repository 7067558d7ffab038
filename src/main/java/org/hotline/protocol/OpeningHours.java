package org.hotline.protocol;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a contact answers, read from the text people write in a protocol: {@code 24/7}, or days then hours then an
 * optional time zone ({@code Mon–Fri 08:00–16:00 CT}, {@code lun–ven 07:00–19:00}, {@code Sat,Sun 20:00–08:00}),
 * several of them separated by {@code ;}. Without a zone the jurisdiction's applies. Hours that close at or before
 * they open run past midnight into the next day.
 */
public final class OpeningHours {

    /** What {@link #parse} accepts, for the message that refuses anything else. */
    public static final String ACCEPTED_FORMS = "\"24/7\", or days then hours then an optional time zone, e.g. "
            + "\"Mon–Fri 08:00–16:00 CT\", \"Sat,Sun 10:00–14:00\", \"lun–ven 07:00–19:00\", \"Mon–Sun 20:00–08:00 ET\" "
            + "(days Mon–Sun or lun–dim, a range with – or -, or a list with commas; zones NT, AT, ET, CT, MT, PT, "
            + "with or without S or D; several separated by ;)";

    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("mon", DayOfWeek.MONDAY), Map.entry("tue", DayOfWeek.TUESDAY), Map.entry("wed", DayOfWeek.WEDNESDAY),
            Map.entry("thu", DayOfWeek.THURSDAY), Map.entry("fri", DayOfWeek.FRIDAY), Map.entry("sat", DayOfWeek.SATURDAY),
            Map.entry("sun", DayOfWeek.SUNDAY),
            Map.entry("lun", DayOfWeek.MONDAY), Map.entry("mar", DayOfWeek.TUESDAY), Map.entry("mer", DayOfWeek.WEDNESDAY),
            Map.entry("jeu", DayOfWeek.THURSDAY), Map.entry("ven", DayOfWeek.FRIDAY), Map.entry("sam", DayOfWeek.SATURDAY),
            Map.entry("dim", DayOfWeek.SUNDAY));

    // The zone people name is a region's clock; where the jurisdiction keeps the same standard time (Saskatchewan's
    // "CT", New Brunswick's "AT") its own zone applies, with its own daylight-saving rule.
    private static final Map<String, ZoneId> ZONES = Map.of(
            "N", ZoneId.of("America/St_Johns"), "A", ZoneId.of("America/Halifax"), "E", ZoneId.of("America/Toronto"),
            "C", ZoneId.of("America/Winnipeg"), "M", ZoneId.of("America/Edmonton"), "P", ZoneId.of("America/Vancouver"));

    private static final Pattern SPAN = Pattern.compile(
            "(?<days>[\\p{L}.]+(?:\\s*[–\\-,]\\s*[\\p{L}.]+)*)\\s+(?<open>\\d{1,2}:\\d{2})\\s*[–\\-]\\s*(?<close>\\d{1,2}:\\d{2})"
                    + "(?:\\s+(?<zone>[NAECMPnaecmp][SDsd]?[Tt]))?");

    private final boolean always;
    private final List<Span> spans;
    private final ZoneId zone;
    private final boolean exactZone;

    private OpeningHours(boolean always, List<Span> spans, ZoneId zone, boolean exactZone) {
        this.always = always;
        this.spans = spans;
        this.zone = zone;
        this.exactZone = exactZone;
    }

    /** Reads the text, or says why not; blank text has no hours to read. */
    public static OpeningHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no opening hours given");
        }
        String trimmed = text.strip().replaceAll("\\s+", " ");
        if (trimmed.equals("24/7")) {
            return new OpeningHours(true, List.of(), null, false);
        }
        List<Span> spans = new ArrayList<>();
        ZoneId zone = null;
        for (String part : trimmed.split(";")) {
            Matcher m = SPAN.matcher(part.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("cannot read \"" + part.strip() + "\"");
            }
            Set<DayOfWeek> days = days(m.group("days"));
            LocalTime open = time(m.group("open"), false);
            LocalTime close = time(m.group("close"), true);
            if (open.equals(close)) {
                throw new IllegalArgumentException("opens and closes at the same time; write 24/7 for always");
            }
            if (m.group("zone") != null) {
                ZoneId named = ZONES.get(m.group("zone").substring(0, 1).toUpperCase(Locale.ROOT));
                if (zone != null && !zone.equals(named)) {
                    throw new IllegalArgumentException("names two time zones");
                }
                zone = named;
            }
            spans.add(new Span(days, open, close));
        }
        return new OpeningHours(false, List.copyOf(spans), zone, false);
    }

    /** Reads the text if it can; empty for blank or unreadable text (stored before hours were checked). */
    public static Optional<OpeningHours> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** Weekly hours as a directory schedule gives them; {@code zone} (exact) may be null for the jurisdiction's. */
    public static OpeningHours weekly(Set<DayOfWeek> days, LocalTime open, LocalTime close, ZoneId zone) {
        if (days.size() == 7 && open.equals(LocalTime.MIDNIGHT) && (close.equals(LocalTime.MAX.withSecond(0).withNano(0))
                || close.equals(LocalTime.MAX) || close.equals(LocalTime.MIDNIGHT))) {
            return new OpeningHours(true, List.of(), zone, true);
        }
        return new OpeningHours(false, List.of(new Span(EnumSet.copyOf(days), open, close)), zone, true);
    }

    /** Several schedules together: open when any is. */
    public static OpeningHours anyOf(List<OpeningHours> all) {
        if (all.stream().anyMatch(h -> h.always)) {
            return new OpeningHours(true, List.of(), null, false);
        }
        OpeningHours zoned = all.stream().filter(h -> h.zone != null).findFirst().orElse(all.get(0));
        return new OpeningHours(false, all.stream().flatMap(h -> h.spans.stream()).toList(), zoned.zone, zoned.exactZone);
    }

    /** The time zone these hours are kept in: the one named, else the jurisdiction's. */
    public ZoneId zoneAt(Instant instant, ZoneId jurisdiction) {
        if (zone == null) {
            return jurisdiction;
        }
        if (exactZone) {
            return zone;
        }
        return zone.getRules().getStandardOffset(instant).equals(jurisdiction.getRules().getStandardOffset(instant))
                ? jurisdiction : zone;
    }

    public boolean isOpenAt(Instant instant, ZoneId jurisdiction) {
        if (always) {
            return true;
        }
        ZonedDateTime local = instant.atZone(zoneAt(instant, jurisdiction));
        DayOfWeek today = local.getDayOfWeek();
        LocalTime time = local.toLocalTime();
        for (Span span : spans) {
            if (span.closesNextDay()) {
                if ((span.days.contains(today) && !time.isBefore(span.open))
                        || (span.days.contains(today.minus(1)) && time.isBefore(span.close))) {
                    return true;
                }
            } else if (span.days.contains(today) && !time.isBefore(span.open) && time.isBefore(span.close)) {
                return true;
            }
        }
        return false;
    }

    public boolean always() {
        return always;
    }

    /** The hours in the short form a label shows: {@code 24/7}, {@code Mon–Fri 09:00–17:00}. */
    @Override
    public String toString() {
        if (always) {
            return "24/7";
        }
        List<String> parts = new ArrayList<>();
        for (Span span : spans) {
            parts.add(days(span.days) + " " + span.open + "–" + (span.close.equals(LocalTime.MAX) ? "24:00" : span.close));
        }
        return String.join("; ", parts);
    }

    private static Set<DayOfWeek> days(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String item : text.split(",")) {
            String[] range = item.strip().split("\\s*[–\\-]\\s*");
            if (range.length == 1) {
                days.add(day(range[0]));
            } else if (range.length == 2) {
                DayOfWeek from = day(range[0]);
                DayOfWeek to = day(range[1]);
                for (DayOfWeek d = from; ; d = d.plus(1)) {
                    days.add(d);
                    if (d == to) {
                        break;
                    }
                }
            } else {
                throw new IllegalArgumentException("cannot read the days \"" + item.strip() + "\"");
            }
        }
        return days;
    }

    private static DayOfWeek day(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT).replace(".", "");
        DayOfWeek day = key.length() >= 3 ? DAYS.get(key.substring(0, 3)) : null;
        if (day == null || !(key.length() == 3 || startsName(day, key))) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not a day");
        }
        return day;
    }

    private static boolean startsName(DayOfWeek day, String key) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT).startsWith(key)
                || day.getDisplayName(TextStyle.FULL, Locale.FRENCH).toLowerCase(Locale.ROOT).startsWith(key);
    }

    private static LocalTime time(String text, boolean closing) {
        String[] parts = text.split(":");
        int hour = Integer.parseInt(parts[0]);
        int minute = Integer.parseInt(parts[1]);
        if (closing && hour == 24 && minute == 0) {
            return LocalTime.MAX;
        }
        if (hour > 23 || minute > 59) {
            throw new IllegalArgumentException("\"" + text + "\" is not a time of day");
        }
        return LocalTime.of(hour, minute);
    }

    private static String days(Set<DayOfWeek> days) {
        if (days.size() == 7) {
            return "Mon–Sun";
        }
        List<String> runs = new ArrayList<>();
        List<DayOfWeek> sorted = new ArrayList<>(days);
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1).getValue() == sorted.get(j).getValue() + 1) {
                j++;
            }
            String first = shortName(sorted.get(i));
            runs.add(j - i >= 2 ? first + "–" + shortName(sorted.get(j)) : j == i ? first
                    : first + "," + shortName(sorted.get(j)));
            i = j + 1;
        }
        return String.join(",", runs);
    }

    private static String shortName(DayOfWeek day) {
        return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private record Span(Set<DayOfWeek> days, LocalTime open, LocalTime close) {
        boolean closesNextDay() {
            return !close.isAfter(open);
        }
    }
}
