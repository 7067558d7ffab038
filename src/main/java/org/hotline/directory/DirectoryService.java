package org.hotline.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the directory's active services for a caller: first by coverage of the jurisdiction (municipality, then
 * province, then national), then by needs met, the caller's language (or interpretation), population served, 24/7, and how recently
 * the listing was verified. Each score says why.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    private static final String CANDIDATES = """
            select service_id, organization_name, service_name, extents, needs, populations, languages, open_24_7,
                   interpretation_available, assured_date, phone
            from service_match_profile
            where status = 'active' and extents && ?::text[]
              and (cardinality(?::text[]) = 0 or needs && ?::text[])
            """;

    // Coverage comes first: a service of the caller's own city outranks any provincial one, which outranks any
    // national one; within a level, the other reasons add up.
    static final int COVERS_MUNICIPALITY = 200;
    static final int COVERS_PROVINCE = 100;
    static final int COVERS_NATION = 0;
    static final int PER_NEED = 15;
    static final int SPEAKS_LANGUAGE = 15;
    static final int INTERPRETATION = 8;
    static final int SERVES_POPULATION = 10;
    static final int OPEN_24_7 = 5;
    static final int OPEN_24_7_ASKED = 10;
    static final int VERIFIED_THIS_YEAR = 5;
    static final int VERIFIED_LAST_YEAR = 2;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DirectoryService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<ServiceMatch> match(MatchCriteria criteria, int limit) {
        // No province (a caller abroad): national services only.
        String province = criteria.province() == null ? null
                : Taxonomies.extentKey(Taxonomies.extentOf(criteria.province(), null));
        String municipality = province == null || criteria.municipality() == null || criteria.municipality().isBlank() ? null
                : Taxonomies.extentKey(Taxonomies.extentOf(criteria.province(), criteria.municipality()));
        String[] extents = province == null ? new String[] {"ca"}
                : municipality == null ? new String[] {"ca", province} : new String[] {"ca", province, municipality};
        String[] needs = criteria.needs().stream().map(Need::name).toArray(String[]::new);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<ServiceMatch> matches = jdbc.query(CANDIDATES,
                (rs, row) -> score(rs, criteria, province, municipality, today), extents, needs, needs);
        return matches.stream()
                .sorted(Comparator.comparingInt(ServiceMatch::score).reversed().thenComparing(ServiceMatch::name))
                .limit(limit)
                .toList();
    }

    /**
     * What an advocate needs to choose a service on a call: its phone, weekly schedules, languages and who it serves,
     * as the directory holds them.
     */
    public Map<UUID, ServiceDetails> details(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, ServiceDetails> details = new LinkedHashMap<>();
        jdbc.query("""
                select s.id, s.eligibility_description, p.phone, p.languages from service s
                join service_match_profile p on p.service_id = s.id where s.id = any(?)
                """, rs -> {
            UUID id = rs.getObject("id", UUID.class);
            details.put(id, new ServiceDetails(id, rs.getString("phone"), new ArrayList<>(), strings(rs.getArray("languages")),
                    rs.getString("eligibility_description")));
        }, (Object) serviceIds.toArray(UUID[]::new));
        jdbc.query("""
                select service_id, byday, opens_at, closes_at, timezone from schedule
                where service_id = any(?) and freq = 'WEEKLY' and opens_at is not null and closes_at is not null
                order by service_id, opens_at
                """, rs -> {
            ServiceDetails service = details.get(rs.getObject("service_id", UUID.class));
            if (service != null) {
                service.schedules().add(new WeeklySchedule(rs.getString("byday"), rs.getTime("opens_at").toLocalTime(),
                        rs.getTime("closes_at").toLocalTime(), rs.getString("timezone")));
            }
        }, (Object) serviceIds.toArray(UUID[]::new));
        return details;
    }

    private static ServiceMatch score(ResultSet rs, MatchCriteria criteria, String province, String municipality,
                                      LocalDate today) throws SQLException {
        List<String> areas = strings(rs.getArray("extents"));
        List<String> needs = strings(rs.getArray("needs"));
        List<String> languages = strings(rs.getArray("languages"));
        List<String> populations = strings(rs.getArray("populations"));
        boolean open247 = rs.getBoolean("open_24_7");
        int score;
        String coverage;
        if (municipality != null && areas.contains(municipality)) {
            score = COVERS_MUNICIPALITY;
            coverage = "MUNICIPALITY";
        } else if (province != null && areas.contains(province)) {
            score = COVERS_PROVINCE;
            coverage = "PROVINCE";
        } else {
            score = COVERS_NATION;
            coverage = "NATIONAL";
        }
        List<String> why = new ArrayList<>();
        why.add("serves the " + coverage.toLowerCase(Locale.ROOT) + " (+" + score + ")");
        List<String> met = criteria.needs().stream().map(Need::name).filter(needs::contains).toList();
        if (!met.isEmpty()) {
            score += PER_NEED * met.size();
            why.add("meets " + String.join(", ", met) + " (+" + PER_NEED * met.size() + ")");
        }
        String language = criteria.language() == null ? null : criteria.language().toLowerCase(Locale.ROOT);
        if (language != null && languages.contains(language)) {
            score += SPEAKS_LANGUAGE;
            why.add("speaks " + language + " (+" + SPEAKS_LANGUAGE + ")");
        } else if (rs.getBoolean("interpretation_available")) {
            score += INTERPRETATION;
            why.add("offers interpretation (+" + INTERPRETATION + ")");
        }
        List<String> served = criteria.populations().stream().map(Population::name).filter(populations::contains).toList();
        if (!served.isEmpty()) {
            score += SERVES_POPULATION;
            why.add("serves " + String.join(", ", served) + " (+" + SERVES_POPULATION + ")");
        }
        if (open247) {
            int points = criteria.open247() ? OPEN_24_7_ASKED : OPEN_24_7;
            score += points;
            why.add("open 24/7 (+" + points + ")");
        }
        java.sql.Date assured = rs.getDate("assured_date");
        if (assured != null) {
            LocalDate verified = assured.toLocalDate();
            if (!verified.isBefore(today.minusYears(1))) {
                score += VERIFIED_THIS_YEAR;
                why.add("verified " + verified + " (+" + VERIFIED_THIS_YEAR + ")");
            } else if (!verified.isBefore(today.minusYears(2))) {
                score += VERIFIED_LAST_YEAR;
                why.add("verified " + verified + " (+" + VERIFIED_LAST_YEAR + ")");
            } else {
                why.add("not verified since " + verified);
            }
        } else {
            why.add("never verified");
        }
        return new ServiceMatch(rs.getObject("service_id", UUID.class), rs.getString("organization_name"),
                rs.getString("service_name"), needs, languages, populations, open247, rs.getString("phone"), coverage,
                score, String.join("; ", why));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** What a caller needs: where, which needs, which language, who they are, whether it must be open now. */
    public record MatchCriteria(String province, String municipality, Set<Need> needs, String language,
                                Set<Population> populations, boolean open247) {
    }

    /** A service's contact details; {@code schedules} are HSDS weekly schedules ({@code byday} like MO,TU). */
    public record ServiceDetails(UUID serviceId, String phone, List<WeeklySchedule> schedules, List<String> languages,
                                 String eligibility) {
    }

    /** {@code timezone} is null when the listing names none: the service's area keeps its own time. */
    public record WeeklySchedule(String byday, LocalTime opensAt, LocalTime closesAt, String timezone) {
    }

    public record ServiceMatch(UUID serviceId, String organization, String name, List<String> needs,
                               List<String> languages, List<String> populations, boolean open247, String phone,
                               String distanceHint, int score, String why) {
    }
}
