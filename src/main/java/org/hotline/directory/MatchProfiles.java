package org.hotline.directory;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code service_match_profile}, one row per service with what matching reads (areas, needs, populations,
 * languages, 24/7, interpretation), in step with the HSDS tables.
 */
@Component
class MatchProfiles {

    private static final String SOURCE = """
            select s.id, o.name as organization_name, s.name as service_name, s.status, s.assured_date,
                   coalesce(s.interpretation_services, '') <> '' as interpretation_available,
                   array(select a.extent from service_area a where a.service_id = s.id and a.extent_type = 'text'
                         and a.extent is not null) as extents,
                   array(select t.code from attribute at join taxonomy_term t on t.id = at.taxonomy_term_id
                         left join taxonomy x on x.id = t.taxonomy_id
                         where at.link_entity = 'service' and at.link_id = s.id
                           and coalesce(x.name, t.taxonomy) = 'hotline-needs' and t.code is not null) as needs,
                   array(select t.code from attribute at join taxonomy_term t on t.id = at.taxonomy_term_id
                         left join taxonomy x on x.id = t.taxonomy_id
                         where at.link_entity = 'service' and at.link_id = s.id
                           and coalesce(x.name, t.taxonomy) = 'hotline-populations' and t.code is not null) as populations,
                   array(select l.code from language l where l.service_id = s.id and l.code is not null) as languages,
                   exists(select 1 from schedule sc where sc.service_id = s.id and sc.freq = 'WEEKLY'
                          and string_to_array(replace(upper(sc.byday), ' ', ''), ',')
                              @> array['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU']
                          and sc.opens_at = time '00:00' and sc.closes_at >= time '23:59') as open_24_7,
                   (select p.number from phone p where p.service_id = s.id order by p.number limit 1) as phone
            from service s join organization o on o.id = s.organization_id
            where s.id = any(?)
            """;

    private static final String UPSERT = """
            insert into service_match_profile (service_id, organization_name, service_name, status, extents, needs,
                populations, languages, open_24_7, interpretation_available, assured_date, phone)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (service_id) do update set organization_name = excluded.organization_name,
                service_name = excluded.service_name, status = excluded.status, extents = excluded.extents,
                needs = excluded.needs, populations = excluded.populations, languages = excluded.languages,
                open_24_7 = excluded.open_24_7, interpretation_available = excluded.interpretation_available,
                assured_date = excluded.assured_date, phone = excluded.phone
            """;

    private final JdbcTemplate jdbc;

    MatchProfiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void rebuild(Collection<UUID> serviceIds) {
        if (serviceIds.isEmpty()) {
            return;
        }
        List<Object[]> rows = jdbc.query(SOURCE, (rs, n) -> new Object[] {
                rs.getObject("id", UUID.class),
                rs.getString("organization_name"),
                rs.getString("service_name"),
                rs.getString("status"),
                folded(rs.getArray("extents")),
                strings(rs.getArray("needs")),
                strings(rs.getArray("populations")),
                Arrays.stream(strings(rs.getArray("languages"))).map(code -> code.toLowerCase(Locale.ROOT)).toArray(String[]::new),
                rs.getBoolean("open_24_7"),
                rs.getBoolean("interpretation_available"),
                rs.getDate("assured_date"),
                rs.getString("phone")}, (Object) serviceIds.toArray(UUID[]::new));
        jdbc.batchUpdate(UPSERT, rows.stream().map(row -> {
            Object[] values = row.clone();
            for (int i : new int[] {4, 5, 6, 7}) {
                values[i] = new ArrayParameter((String[]) row[i]);
            }
            return values;
        }).toList());
    }

    private static String[] folded(Array array) throws SQLException {
        return Arrays.stream(strings(array)).map(Taxonomies::extentKey).distinct().toArray(String[]::new);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    /** A text[] parameter for batch statements. */
    private record ArrayParameter(String[] values) implements org.springframework.jdbc.core.SqlTypeValue {
        @Override
        public void setTypeValue(java.sql.PreparedStatement ps, int index, int sqlType, String typeName) throws SQLException {
            ps.setArray(index, ps.getConnection().createArrayOf("text", values));
        }
    }
}
