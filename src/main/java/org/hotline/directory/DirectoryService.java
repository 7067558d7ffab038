package org.hotline.directory;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks the directory's services for a caller: coverage of the jurisdiction (municipality, then province, then
 * national), needs met, the caller's language (or interpretation), population served, 24/7, and how recently the
 * listing was verified. Only active services that accept referrals are proposed. Each score says why.
 */
@Service
@Transactional(readOnly = true)
public class DirectoryService {

    private static final String MATCH = """
            select s.id, s.name, o.name as organization, s.open_24_7, s.interpretation_available, s.assured_date,
                   array(select n.need_code from service_need n where n.service_id = s.id order by n.need_code) as needs,
                   array(select l.code from language l where l.service_id = s.id order by l.code) as languages,
                   array(select p.population_code from service_population p where p.service_id = s.id) as populations,
                   array(select lower(a.extent) from service_area a where a.service_id = s.id
                         and lower(a.extent) in (?, ?, ?)) as areas,
                   (select ph.number from phone ph where ph.service_id = s.id order by ph.number limit 1) as phone
            from service s
            join organization o on o.id = s.organization_id
            where s.status = 'active' and s.accepting_referrals
              and exists (select 1 from service_area a where a.service_id = s.id and lower(a.extent) in (?, ?, ?))
              and (cardinality(?::varchar[]) = 0
                   or exists (select 1 from service_need n where n.service_id = s.id and n.need_code = any(?::varchar[])))
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DirectoryService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<ServiceMatch> match(MatchCriteria criteria, int limit) {
        String national = "ca";
        String province = "ca-" + criteria.province().toLowerCase(Locale.ROOT);
        String municipality = criteria.municipality() == null || criteria.municipality().isBlank()
                ? province
                : province + ":" + criteria.municipality().toLowerCase(Locale.ROOT);
        String[] needs = criteria.needs().stream().map(Need::name).toArray(String[]::new);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<ServiceMatch> matches = jdbc.query(MATCH, (rs, row) -> score(rs, criteria, national, province, municipality,
                today), municipality, province, national, municipality, province, national, needs, needs);
        return matches.stream()
                .sorted(Comparator.comparingInt(ServiceMatch::score).reversed().thenComparing(ServiceMatch::name))
                .limit(limit)
                .toList();
    }

    private static ServiceMatch score(ResultSet rs, MatchCriteria criteria, String national, String province,
                                      String municipality, LocalDate today) throws SQLException {
        List<String> areas = strings(rs.getArray("areas"));
        List<String> needs = strings(rs.getArray("needs"));
        List<String> languages = strings(rs.getArray("languages"));
        List<String> populations = strings(rs.getArray("populations"));
        boolean open247 = rs.getBoolean("open_24_7");
        boolean interpretation = rs.getBoolean("interpretation_available");
        java.sql.Date assured = rs.getDate("assured_date");
        int score = 0;
        List<String> why = new ArrayList<>();
        String coverage;
        if (!municipality.equals(province) && areas.contains(municipality)) {
            score += 40;
            coverage = "MUNICIPALITY";
        } else if (areas.contains(province)) {
            score += 30;
            coverage = "PROVINCE";
        } else {
            score += 20;
            coverage = "NATIONAL";
        }
        why.add("covers the " + coverage.toLowerCase(Locale.ROOT));
        List<String> met = criteria.needs().stream().map(Need::name).filter(needs::contains).toList();
        if (!met.isEmpty()) {
            score += 15 * met.size();
            why.add("meets " + String.join(", ", met));
        }
        String language = criteria.language() == null ? null : criteria.language().toLowerCase(Locale.ROOT);
        if (language != null && languages.contains(language)) {
            score += 15;
            why.add("speaks " + language);
        } else if (interpretation) {
            score += 8;
            why.add("offers interpretation");
        }
        if (criteria.populations().stream().anyMatch(populations::contains)) {
            score += 10;
            why.add("serves " + String.join(", ", criteria.populations().stream().filter(populations::contains).toList()));
        }
        if (open247) {
            score += criteria.open247() ? 10 : 5;
            why.add("open 24/7");
        }
        if (assured != null) {
            LocalDate verified = assured.toLocalDate();
            if (!verified.isBefore(today.minusYears(1))) {
                score += 5;
                why.add("verified within a year");
            } else if (!verified.isBefore(today.minusYears(2))) {
                score += 2;
                why.add("verified within two years");
            }
        }
        return new ServiceMatch(rs.getObject("id", UUID.class), rs.getString("organization"), rs.getString("name"), needs,
                languages, open247, rs.getString("phone"), coverage, score, String.join("; ", why));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** What a caller needs: where, which needs, which language, who they are. */
    public record MatchCriteria(String province, String municipality, Set<Need> needs, String language,
                                Set<String> populations, boolean open247) {
    }

    public record ServiceMatch(UUID serviceId, String organization, String name, List<String> needs,
                               List<String> languages, boolean open247, String phone, String distanceHint, int score,
                               String why) {
    }
}
