package org.hotline.protocol;

import java.time.ZoneId;
import java.util.Map;

/**
 * The time zone a jurisdiction's hours are kept in when they name none: the province's or territory's (its most
 * populous zone), else the national protocol's, Eastern time.
 */
public final class JurisdictionZones {

    public static final ZoneId NATIONAL = ZoneId.of("America/Toronto");

    private static final Map<String, ZoneId> BY_PROVINCE = Map.ofEntries(
            Map.entry("NL", ZoneId.of("America/St_Johns")),
            Map.entry("NS", ZoneId.of("America/Halifax")),
            Map.entry("PE", ZoneId.of("America/Halifax")),
            Map.entry("NB", ZoneId.of("America/Moncton")),
            Map.entry("QC", ZoneId.of("America/Toronto")),
            Map.entry("ON", ZoneId.of("America/Toronto")),
            Map.entry("MB", ZoneId.of("America/Winnipeg")),
            Map.entry("SK", ZoneId.of("America/Regina")),
            Map.entry("AB", ZoneId.of("America/Edmonton")),
            Map.entry("BC", ZoneId.of("America/Vancouver")),
            Map.entry("YT", ZoneId.of("America/Whitehorse")),
            Map.entry("NT", ZoneId.of("America/Yellowknife")),
            Map.entry("NU", ZoneId.of("America/Iqaluit")));

    private JurisdictionZones() {
    }

    /** {@code province} may be null (a caller abroad, the national protocol): Eastern time. */
    public static ZoneId of(String province) {
        return province == null ? NATIONAL : BY_PROVINCE.getOrDefault(province, NATIONAL);
    }
}
