package org.hotline.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Opening hours as protocols write them, read against a clock in the right time zone. */
class OpeningHoursTest {

    private static final ZoneId WINNIPEG = ZoneId.of("America/Winnipeg");
    private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

    @Test
    @DisplayName("24/7 is always open")
    void always() {
        OpeningHours hours = OpeningHours.parse(" 24/7 ");
        assertThat(hours.isOpenAt(at("2026-06-07T03:00", WINNIPEG), WINNIPEG)).isTrue();
        assertThat(hours).hasToString("24/7");
    }

    @Test
    @DisplayName("A day range, hours and a zone: open inside them in that zone, closed outside")
    void rangeWithZone() {
        OpeningHours hours = OpeningHours.parse("Mon–Fri 08:00–16:00 CT");
        // Wednesday 3 June 2026
        assertThat(hours.isOpenAt(at("2026-06-03T08:00", WINNIPEG), TORONTO)).isTrue();
        assertThat(hours.isOpenAt(at("2026-06-03T15:59", WINNIPEG), TORONTO)).isTrue();
        assertThat(hours.isOpenAt(at("2026-06-03T16:00", WINNIPEG), TORONTO)).isFalse();
        assertThat(hours.isOpenAt(at("2026-06-03T07:59", WINNIPEG), TORONTO)).isFalse();
        assertThat(hours.isOpenAt(at("2026-06-06T10:00", WINNIPEG), TORONTO)).as("Saturday").isFalse();
        assertThat(OpeningHours.parse("Mon-Fri 08:00-16:00 CDT").isOpenAt(at("2026-06-03T08:30", WINNIPEG), TORONTO))
                .as("hyphens, daylight-time abbreviation").isTrue();
        assertThat(OpeningHours.parse("Sat–Sun 10:00–14:00 ET").isOpenAt(at("2026-06-07T13:00", TORONTO), WINNIPEG))
                .isTrue();
    }

    @Test
    @DisplayName("Without a zone the jurisdiction's applies; a named zone with the jurisdiction's standard time is the jurisdiction's")
    void zones() {
        OpeningHours hours = OpeningHours.parse("Mon–Fri 09:00–17:00");
        assertThat(hours.isOpenAt(at("2026-06-03T09:30", WINNIPEG), WINNIPEG)).isTrue();
        assertThat(hours.isOpenAt(at("2026-06-03T09:30", WINNIPEG), TORONTO)).as("10:30 in Toronto").isTrue();
        assertThat(hours.isOpenAt(at("2026-06-03T16:30", WINNIPEG), TORONTO)).as("17:30 in Toronto").isFalse();
        // Saskatchewan keeps Central Standard Time all year: "CT" there is Regina's clock, not Winnipeg's summer time.
        ZoneId regina = JurisdictionZones.of("SK");
        OpeningHours central = OpeningHours.parse("Mon–Fri 08:00–16:00 CT");
        assertThat(central.zoneAt(at("2026-06-03T12:00", regina), regina)).isEqualTo(regina);
        assertThat(central.isOpenAt(at("2026-06-03T15:30", regina), regina)).isTrue();
        assertThat(JurisdictionZones.of(null)).isEqualTo(TORONTO);
        assertThat(JurisdictionZones.of("NL")).isEqualTo(ZoneId.of("America/St_Johns"));
    }

    @Test
    @DisplayName("Hours that close past midnight run into the next day, from the days they open")
    void pastMidnight() {
        OpeningHours nights = OpeningHours.parse("Mon–Fri 20:00–08:00 ET");
        assertThat(nights.isOpenAt(at("2026-06-05T23:00", TORONTO), TORONTO)).as("Friday night").isTrue();
        assertThat(nights.isOpenAt(at("2026-06-06T07:59", TORONTO), TORONTO)).as("Saturday early, Friday's night").isTrue();
        assertThat(nights.isOpenAt(at("2026-06-06T08:00", TORONTO), TORONTO)).isFalse();
        assertThat(nights.isOpenAt(at("2026-06-06T23:00", TORONTO), TORONTO)).as("Saturday night").isFalse();
        assertThat(nights.isOpenAt(at("2026-06-01T07:00", TORONTO), TORONTO)).as("Monday early: Sunday was closed").isFalse();
        assertThat(nights.isOpenAt(at("2026-06-03T12:00", TORONTO), TORONTO)).isFalse();
    }

    @Test
    @DisplayName("French days, lists of days and several spans")
    void frenchAndLists() {
        OpeningHours semaine = OpeningHours.parse("lun–ven 07:00–19:00");
        assertThat(semaine.isOpenAt(at("2026-06-03T18:30", TORONTO), TORONTO)).isTrue();
        assertThat(semaine.isOpenAt(at("2026-06-03T19:00", TORONTO), TORONTO)).isFalse();
        assertThat(OpeningHours.parse("sam–dim 10:00–14:00").isOpenAt(at("2026-06-07T11:00", TORONTO), TORONTO)).isTrue();
        OpeningHours list = OpeningHours.parse("Mon,Wed 10:00–12:00");
        assertThat(list.isOpenAt(at("2026-06-03T11:00", TORONTO), TORONTO)).as("Wednesday").isTrue();
        assertThat(list.isOpenAt(at("2026-06-02T11:00", TORONTO), TORONTO)).as("Tuesday").isFalse();
        assertThat(list).hasToString("Mon,Wed 10:00–12:00");
        OpeningHours two = OpeningHours.parse("Mon–Fri 09:00–17:00; Sat 10:00–14:00");
        assertThat(two.isOpenAt(at("2026-06-06T12:00", TORONTO), TORONTO)).isTrue();
        assertThat(two).hasToString("Mon–Fri 09:00–17:00; Sat 10:00–14:00");
    }

    @Test
    @DisplayName("Text that is not opening hours is refused, saying what could not be read")
    void badInput() {
        for (String bad : new String[] {"whenever", "Mon–Fri", "Mon–Fri 8–4", "Fun–Fri 08:00–16:00", "Mon–Fri 08:00–25:00",
                "Mon–Fri 08:00–08:00", "Mon–Fri 08:00–16:00 XT", "Mon–Fri 08:00–16:00 ET; Sat 10:00–12:00 PT", "", "24/7/365"}) {
            assertThatThrownBy(() -> OpeningHours.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(OpeningHours.tryParse("whenever")).isEmpty();
    }

    @Test
    @DisplayName("Every availability in the shipped demo protocols can be read")
    void demoProtocolsParse() throws IOException {
        int read = 0;
        try (InputStream in = getClass().getResourceAsStream("/demo/protocols.json")) {
            for (JsonNode protocol : new ObjectMapper().readTree(in)) {
                for (String list : new String[] {"contacts", "crisisProviders"}) {
                    for (JsonNode entry : protocol.path(list)) {
                        String availability = entry.path("availability").asText();
                        assertThat(OpeningHours.tryParse(availability)).as(protocol.path("id") + " " + availability).isPresent();
                        read++;
                    }
                }
            }
        }
        assertThat(read).isGreaterThan(100);
    }

    private static Instant at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }
}
