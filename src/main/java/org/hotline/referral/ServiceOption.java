package org.hotline.referral;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hotline.directory.DirectoryService;
import org.hotline.protocol.OpeningHours;

/**
 * A proposed service as an advocate weighs it on a call: phone, hours, languages and who it serves, and whether it
 * is open now.
 *
 * @param hours   the directory's weekly schedules in short form ({@code Mon–Fri 09:00–17:00}, {@code 24/7}); null if none
 * @param openNow null when the directory gives no schedule
 */
public record ServiceOption(UUID serviceId, String name, String organization, String phone, String hours,
                            List<String> languages, String eligibility, Boolean openNow) {

    /** Long enough for "women, families with children and First Nations, Inuit and Métis people". */
    static final int ELIGIBILITY_CHARS = 60;

    private static final Map<String, DayOfWeek> BYDAY = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY,
            "WE", DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY,
            "SU", DayOfWeek.SUNDAY);

    static ServiceOption of(UUID serviceId, String name, String organization, DirectoryService.ServiceDetails details,
                            ZoneId jurisdiction, Instant now) {
        if (details == null) {
            return new ServiceOption(serviceId, name, organization, null, null, List.of(), null, null);
        }
        OpeningHours hours = hours(details.schedules(), jurisdiction);
        return new ServiceOption(serviceId, name, organization, details.phone(), hours == null ? null : hours.toString(),
                details.languages(), shortEligibility(details.eligibility()),
                hours == null ? null : hours.isOpenAt(now, jurisdiction));
    }

    /** The form's option text: name (organisation) · phone · hours · languages · who it serves. */
    public String label() {
        List<String> parts = new ArrayList<>();
        parts.add(name + " (" + organization + ")");
        if (phone != null && !phone.isBlank()) {
            parts.add(phone);
        }
        if (hours != null) {
            parts.add(hours);
        }
        if (!languages.isEmpty()) {
            parts.add(String.join(", ", languages.stream().map(code -> code.toUpperCase(Locale.ROOT)).toList()));
        }
        if (eligibility != null) {
            parts.add(eligibility);
        }
        return String.join(" · ", parts);
    }

    private static OpeningHours hours(List<DirectoryService.WeeklySchedule> schedules, ZoneId jurisdiction) {
        List<OpeningHours> all = new ArrayList<>();
        for (DirectoryService.WeeklySchedule schedule : schedules) {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String code : (schedule.byday() == null ? "" : schedule.byday()).split(",")) {
                DayOfWeek day = BYDAY.get(code.strip().toUpperCase(Locale.ROOT));
                if (day != null) {
                    days.add(day);
                }
            }
            if (days.isEmpty() || schedule.opensAt().equals(schedule.closesAt())) {
                continue;
            }
            all.add(OpeningHours.weekly(days, schedule.opensAt(), schedule.closesAt(), zone(schedule.timezone(), jurisdiction)));
        }
        return all.isEmpty() ? null : OpeningHours.anyOf(all);
    }

    private static ZoneId zone(String timezone, ZoneId jurisdiction) {
        try {
            return timezone == null || timezone.isBlank() ? null : ZoneId.of(timezone.strip());
        } catch (java.time.DateTimeException unknownZone) {
            return jurisdiction;
        }
    }

    /** "Mainly serves women." reads as "Mainly serves women"; longer text is cut at a word, with an ellipsis. */
    static String shortEligibility(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String plain = text.strip().replaceAll("\\s+", " ").replaceAll("\\.$", "");
        if (plain.length() <= ELIGIBILITY_CHARS) {
            return plain;
        }
        String cut = plain.substring(0, ELIGIBILITY_CHARS - 1);
        int space = cut.lastIndexOf(' ');
        return (space > ELIGIBILITY_CHARS / 2 ? cut.substring(0, space) : cut).replaceAll("[,;:]$", "") + "…";
    }
}
