package org.hotline.protocol;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the referral-and-reporting protocol of a jurisdiction: the municipality's, else the province's or
 * territory's, else the national fallback; says whether it is past its review date.
 */
@Service
@Transactional(readOnly = true)
public class ProtocolService {

    private static final String LOOKUP = """
            select id, province, municipality, lead_agency, reporting_channel, review_due, version, in_place
            from protocol
            where (province = ? and lower(municipality) = lower(?))
               or (province = ? and municipality is null)
               or (province is null and municipality is null)
            order by case when municipality is not null then 0 when province is not null then 1 else 2 end
            limit 1
            """;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProtocolService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<ProtocolMatch> lookup(String province, String municipality) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<ProtocolMatch> found = jdbc.query(LOOKUP, (rs, row) -> {
            UUID id = rs.getObject("id", UUID.class);
            String level = rs.getString("municipality") != null ? "MUNICIPALITY"
                    : rs.getString("province") != null ? "PROVINCE" : "NATIONAL";
            LocalDate reviewDue = rs.getDate("review_due").toLocalDate();
            return new ProtocolMatch(id, rs.getInt("version"), level, rs.getBoolean("in_place"),
                    reviewDue.isBefore(today), reviewDue, rs.getString("lead_agency"), rs.getString("reporting_channel"),
                    List.of(), List.of());
        }, province, municipality == null ? "" : municipality, province);
        return found.stream().findFirst().map(this::withContacts);
    }

    private ProtocolMatch withContacts(ProtocolMatch match) {
        List<Contact> contacts = jdbc.query("""
                select position, agency, unit, role, name, phone, email, availability
                from protocol_contact where protocol_id = ? order by position
                """, (rs, row) -> new Contact(rs.getInt("position"), rs.getString("agency"), rs.getString("unit"),
                rs.getString("role"), rs.getString("name"), rs.getString("phone"), rs.getString("email"),
                rs.getString("availability")), match.protocolId());
        List<CrisisProvider> providers = jdbc.query("""
                select position, name, phone, availability from protocol_crisis_provider
                where protocol_id = ? order by position
                """, (rs, row) -> new CrisisProvider(rs.getInt("position"), rs.getString("name"), rs.getString("phone"),
                rs.getString("availability")), match.protocolId());
        return new ProtocolMatch(match.protocolId(), match.version(), match.matchedLevel(), match.inPlace(),
                match.stale(), match.reviewDue(), match.leadAgency(), match.reportingChannel(), contacts, providers);
    }

    public record ProtocolMatch(UUID protocolId, int version, String matchedLevel, boolean inPlace, boolean stale,
                                LocalDate reviewDue, String leadAgency, String reportingChannel, List<Contact> contacts,
                                List<CrisisProvider> crisisProviders) {
    }

    public record Contact(int order, String agency, String unit, String role, String name, String phone, String email,
                          String availability) {
    }

    public record CrisisProvider(int order, String name, String phone, String availability) {
    }

}
