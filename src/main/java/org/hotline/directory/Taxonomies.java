package org.hotline.directory;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hotline.platform.Text;

/** The directory conventions our matching relies on (see docs/directory.md). */
final class Taxonomies {

    static final String NEEDS = "hotline-needs";
    static final String POPULATIONS = "hotline-populations";
    static final String ORGANIZATION_TYPES = "hotline-organization-types";

    static final Map<String, Set<String>> CODES = Map.of(
            NEEDS, Arrays.stream(Need.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet()),
            POPULATIONS, Arrays.stream(Population.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet()),
            ORGANIZATION_TYPES, Set.of("NGO", "LAW_ENFORCEMENT", "GOVERNMENT", "COALITION"));

    static final Set<String> PROVINCES = Set.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");

    private Taxonomies() {
    }

    /** {@code CA}, {@code CA-QC} or {@code CA-QC:Montréal}, compared without case or accents. */
    static String extentKey(String extent) {
        return Text.fold(extent);
    }

    static String extentOf(String province, String municipality) {
        String provinceExtent = "CA-" + province.toUpperCase(Locale.ROOT);
        return municipality == null || municipality.isBlank() ? provinceExtent : provinceExtent + ":" + municipality.strip();
    }

    static boolean validExtent(String extent) {
        if (extent.equals("CA")) {
            return true;
        }
        if (!extent.startsWith("CA-") || extent.length() < 5) {
            return false;
        }
        String province = extent.substring(3, 5);
        return PROVINCES.contains(province) && (extent.length() == 5 || (extent.charAt(5) == ':' && extent.length() > 6));
    }
}
