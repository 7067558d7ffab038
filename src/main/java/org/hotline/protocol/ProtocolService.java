package org.hotline.protocol;

import static org.hotline.platform.Text.fold;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referral-and-reporting protocols: one per jurisdiction level, each change a new version that names who changed
 * what and when, older versions kept readable. Lookup falls back from the municipality to the province or
 * territory to the national protocol and says whether the answer is past its review date.
 */
@Service
@Transactional
public class ProtocolService {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    ProtocolService(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<ProtocolMatch> lookup(String province, String municipality) {
        // A null province (a caller abroad) matches only the national protocol.
        List<Row> candidates = jdbc.query(SELECT_ROW + " where province = ? or province is null", ProtocolService::row,
                province);
        String wanted = municipality == null || municipality.isBlank() ? null : fold(municipality);
        Optional<Row> found = candidates.stream()
                .filter(row -> row.municipality() == null || (wanted != null && fold(row.municipality()).equals(wanted)))
                .filter(row -> row.province() != null || row.municipality() == null)
                .min(Comparator.comparingInt(Row::rank));
        return found.map(this::match);
    }

    /**
     * The child-protection intake of a province or territory: the contact with that role in the municipality's
     * protocol, else in the province's. Empty outside Canada (no province) or when neither protocol lists one.
     */
    @Transactional(readOnly = true)
    public Optional<Contact> childProtectionIntake(String province, String municipality) {
        if (province == null) {
            return Optional.empty();
        }
        java.util.function.Function<ProtocolMatch, Optional<Contact>> intake = match -> match.province() == null
                ? Optional.empty()
                : match.contacts().stream().filter(c -> ProtocolDocument.Role.CHILD_PROTECTION.name().equals(c.role()))
                        .findFirst();
        return lookup(province, municipality).flatMap(intake).or(() -> lookup(province, null).flatMap(intake));
    }

    /** A protocol as it stands now, e.g. the one a case recorded; empty if there is no such protocol. */
    @Transactional(readOnly = true)
    public Optional<ProtocolMatch> byId(UUID protocolId) {
        return jdbc.query(SELECT_ROW + " where id = ?", ProtocolService::row, protocolId).stream().findFirst()
                .map(this::match);
    }

    private static final String SELECT_ROW = """
            select id, province, municipality, version, review_due, in_place, lead_agency, reporting_channel, owner_group
            from protocol""";

    private static Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("province"), rs.getString("municipality"),
                rs.getInt("version"), rs.getDate("review_due").toLocalDate(), rs.getBoolean("in_place"),
                rs.getString("lead_agency"), rs.getString("reporting_channel"), rs.getString("owner_group"));
    }

    private ProtocolMatch match(Row row) {
        return new ProtocolMatch(row.id(), row.version(), row.level(), row.inPlace(), row.reviewDue().isBefore(today()),
                row.reviewDue(), row.leadAgency(), row.reportingChannel(), row.ownerGroup(), contacts(row.id()),
                providers(row.id()), row.province(), row.municipality());
    }

    @Transactional(readOnly = true)
    public List<ProtocolSummary> list() {
        LocalDate today = today();
        return jdbc.query("""
                select id, province, municipality, version, review_due, in_place, lead_agency, owner_group, updated_by, updated_at
                from protocol order by province nulls first, municipality nulls first
                """, (rs, n) -> {
            LocalDate reviewDue = rs.getDate("review_due").toLocalDate();
            return new ProtocolSummary(rs.getObject("id", UUID.class), rs.getString("province"), rs.getString("municipality"),
                    rs.getInt("version"), reviewDue, reviewDue.isBefore(today), rs.getBoolean("in_place"),
                    rs.getString("lead_agency"), rs.getString("owner_group"), rs.getString("updated_by"),
                    rs.getTimestamp("updated_at").toInstant());
        });
    }

    @Transactional(readOnly = true)
    public List<ProtocolVersion> versions(UUID protocolId) {
        requireExists(protocolId);
        return jdbc.query("""
                select version, document, changed_by, changed_at, change from protocol_version
                where protocol_id = ? order by version desc
                """, (rs, n) -> new ProtocolVersion(rs.getInt("version"), read(rs.getString("document")),
                rs.getString("changed_by"), rs.getTimestamp("changed_at").toInstant(), rs.getString("change")), protocolId);
    }

    /** Saves a new version of a protocol; the previous one stays readable among its versions. */
    public ProtocolVersion update(UUID protocolId, ProtocolDocument document) {
        checkOrders(document);
        requireExists(protocolId);
        // Lock first: two supervisors saving at once get two versions in order, each compared with the one before.
        int version = jdbc.queryForObject("select version from protocol where id = ? for update", Integer.class, protocolId) + 1;
        ProtocolDocument previous = current(protocolId);
        if (!same(previous.province(), document.province()) || !sameFolded(previous.municipality(), document.municipality())) {
            throw ApiProblem.invalid("province", "a protocol keeps its jurisdiction; create another protocol for another one");
        }
        String change = describe(previous, document);
        if (change.isEmpty()) {
            throw ApiProblem.conflict("Nothing changed: the document is the current version");
        }
        write(protocolId, document, version, change, false);
        return versions(protocolId).get(0);
    }

    /** Creates a protocol at version 1, or leaves an existing one alone (so loading sample data twice changes nothing). */
    public boolean createIfMissing(UUID protocolId, ProtocolDocument document, String change) {
        checkOrders(document);
        Integer existing = jdbc.queryForObject("select count(*) from protocol where id = ?", Integer.class, protocolId);
        if (existing != null && existing > 0) {
            return false;
        }
        try {
            write(protocolId, document, 1, change, true);
        } catch (DuplicateKeyException e) {
            throw ApiProblem.conflict("Another protocol already covers " + document.province() + " " + document.municipality());
        }
        return true;
    }

    /**
     * Brings a sample protocol up to the document shipped with this version, as a new version, but only while its
     * current version is the loader's own ({@code changedBy} the engine, change one of {@code loaderChanges}): a
     * protocol someone edited or confirmed is theirs and stays as it is. Returns whether a version was added.
     */
    public boolean refreshSample(UUID protocolId, ProtocolDocument document, Set<String> loaderChanges, String change) {
        checkOrders(document);
        List<Integer> locked = jdbc.queryForList("select version from protocol where id = ? for update", Integer.class,
                protocolId);
        if (locked.isEmpty()) {
            return false;
        }
        int version = locked.get(0);
        boolean loaderWroteIt = jdbc.queryForObject("""
                select count(*) from protocol_version where protocol_id = ? and version = ? and changed_by = ?
                  and change = any(?)
                """, Integer.class, protocolId, version, CurrentUser.SYSTEM, loaderChanges.toArray(String[]::new)) > 0;
        ProtocolDocument current = current(protocolId);
        if (!loaderWroteIt || describe(current, document).isEmpty()
                || !same(current.province(), document.province()) || !sameFolded(current.municipality(), document.municipality())) {
            return false;
        }
        write(protocolId, document, version + 1, change, false);
        return true;
    }

    /** Confirms the contacts are current: a new version with only the next review date changed. */
    public void confirmCurrent(UUID protocolId, LocalDate nextReview, String by) {
        requireExists(protocolId);
        int version = jdbc.queryForObject("select version from protocol where id = ? for update", Integer.class, protocolId) + 1;
        ProtocolDocument current = current(protocolId);
        ProtocolDocument confirmed = new ProtocolDocument(current.province(), current.municipality(), current.leadAgency(),
                current.reportingChannel(), current.ownerGroup(), nextReview, current.inPlace(), current.notes(),
                current.contacts(), current.crisisProviders());
        write(protocolId, confirmed, version, "Contacts verified by " + by + "; next review " + nextReview, false);
    }

    @Transactional(readOnly = true)
    public ProtocolDocument current(UUID protocolId) {
        requireExists(protocolId);
        return jdbc.queryForObject("select document from protocol_version where protocol_id = ? "
                + "and version = (select version from protocol where id = ?)", (rs, n) -> read(rs.getString("document")),
                protocolId, protocolId);
    }

    /** Protocols whose review date has passed: their contacts may no longer be who answers. */
    @Transactional(readOnly = true)
    public List<ProtocolSummary> dueForReview() {
        return list().stream().filter(ProtocolSummary::stale).toList();
    }

    private void write(UUID protocolId, ProtocolDocument document, int version, String change, boolean insert) {
        Instant now = clock.instant();
        String user = CurrentUser.id();
        if (insert) {
            jdbc.update("""
                    insert into protocol (id, province, municipality, lead_agency, reporting_channel, owner_group, review_due,
                        version, in_place, notes, updated_by, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, protocolId, document.province(), blankToNull(document.municipality()), document.leadAgency(),
                    document.reportingChannel(), document.ownerGroup(), document.reviewDue(), version, document.inPlace(),
                    document.notes(), user, Timestamp.from(now));
        } else {
            jdbc.update("""
                    update protocol set lead_agency = ?, reporting_channel = ?, owner_group = ?, review_due = ?, version = ?,
                        in_place = ?, notes = ?, updated_by = ?, updated_at = ? where id = ?
                    """, document.leadAgency(), document.reportingChannel(), document.ownerGroup(), document.reviewDue(),
                    version, document.inPlace(), document.notes(), user, Timestamp.from(now), protocolId);
            jdbc.update("delete from protocol_contact where protocol_id = ?", protocolId);
            jdbc.update("delete from protocol_crisis_provider where protocol_id = ?", protocolId);
        }
        for (ProtocolDocument.Contact c : document.contacts()) {
            jdbc.update("""
                    insert into protocol_contact (protocol_id, position, agency, unit, role, name, phone, email, availability)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, protocolId, c.order(), c.agency(), c.unit(), c.role().name(), c.name(), c.phone(), c.email(),
                    c.availability());
        }
        for (ProtocolDocument.CrisisProvider p : providersOf(document)) {
            jdbc.update("insert into protocol_crisis_provider (protocol_id, position, name, phone, availability) values (?, ?, ?, ?, ?)",
                    protocolId, p.order(), p.name(), p.phone(), p.availability());
        }
        jdbc.update("""
                insert into protocol_version (protocol_id, version, document, changed_by, changed_at, change)
                values (?, ?, ?::jsonb, ?, ?, ?)
                """, protocolId, version, write(document), user, Timestamp.from(now), truncate(change));
    }

    private static void checkOrders(ProtocolDocument document) {
        Set<Integer> orders = new HashSet<>();
        for (int i = 0; i < document.contacts().size(); i++) {
            if (!orders.add(document.contacts().get(i).order())) {
                throw ApiProblem.invalid("contacts[" + i + "].order", "is used twice");
            }
        }
        Set<Integer> providerOrders = new HashSet<>();
        List<ProtocolDocument.CrisisProvider> providers = providersOf(document);
        for (int i = 0; i < providers.size(); i++) {
            if (!providerOrders.add(providers.get(i).order())) {
                throw ApiProblem.invalid("crisisProviders[" + i + "].order", "is used twice");
            }
        }
        if (document.contacts().stream().noneMatch(c -> c.role() == ProtocolDocument.Role.PRIMARY)) {
            throw ApiProblem.invalid("contacts", "must include a PRIMARY contact");
        }
        if (document.municipality() != null && !document.municipality().isBlank() && document.province() == null) {
            throw ApiProblem.invalid("province", "is required for a municipal protocol");
        }
        // "Who to call now" reads the hours: text it cannot read would leave an advocate without an answer.
        for (int i = 0; i < document.contacts().size(); i++) {
            checkAvailability("contacts[" + i + "].availability", document.contacts().get(i).availability());
        }
        for (int i = 0; i < providers.size(); i++) {
            checkAvailability("crisisProviders[" + i + "].availability", providers.get(i).availability());
        }
    }

    private static void checkAvailability(String field, String availability) {
        if (availability == null || availability.isBlank()) {
            return;
        }
        try {
            OpeningHours.parse(availability);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(field, e.getMessage() + "; write " + OpeningHours.ACCEPTED_FORMS);
        }
    }

    /** A short account of what changed between two versions, naming fields, not copying contact details. */
    private static String describe(ProtocolDocument before, ProtocolDocument after) {
        List<String> changes = new ArrayList<>();
        if (!same(before.leadAgency(), after.leadAgency())) {
            changes.add("lead agency");
        }
        if (!same(before.reportingChannel(), after.reportingChannel())) {
            changes.add("reporting channel");
        }
        if (!same(before.ownerGroup(), after.ownerGroup())) {
            changes.add("owner group");
        }
        if (!same(before.reviewDue(), after.reviewDue())) {
            changes.add("review date " + before.reviewDue() + " → " + after.reviewDue());
        }
        if (!same(before.inPlace(), after.inPlace())) {
            changes.add(after.inPlace() ? "partnership in place" : "partnership ended");
        }
        if (!same(before.notes(), after.notes())) {
            changes.add("notes");
        }
        if (!same(before.contacts(), after.contacts())) {
            changes.add("contacts (" + before.contacts().size() + " → " + after.contacts().size() + ")");
        }
        if (!same(providersOf(before), providersOf(after))) {
            changes.add("crisis providers");
        }
        return changes.isEmpty() ? "" : "Changed " + String.join(", ", changes);
    }

    private List<Contact> contacts(UUID protocolId) {
        return jdbc.query("""
                select position, agency, unit, role, name, phone, email, availability
                from protocol_contact where protocol_id = ? order by position
                """, (rs, n) -> new Contact(rs.getInt("position"), rs.getString("agency"), rs.getString("unit"),
                rs.getString("role"), rs.getString("name"), rs.getString("phone"), rs.getString("email"),
                rs.getString("availability")), protocolId);
    }

    private List<CrisisProvider> providers(UUID protocolId) {
        return jdbc.query("""
                select position, name, phone, availability from protocol_crisis_provider
                where protocol_id = ? order by position
                """, (rs, n) -> new CrisisProvider(rs.getInt("position"), rs.getString("name"), rs.getString("phone"),
                rs.getString("availability")), protocolId);
    }

    private void requireExists(UUID protocolId) {
        Integer count = jdbc.queryForObject("select count(*) from protocol where id = ?", Integer.class, protocolId);
        if (count == null || count == 0) {
            throw ApiProblem.notFound("No protocol " + protocolId);
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private String write(ProtocolDocument document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the protocol", e);
        }
    }

    private ProtocolDocument read(String document) {
        try {
            return json.readValue(document, ProtocolDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored protocol version cannot be read", e);
        }
    }

    private static List<ProtocolDocument.CrisisProvider> providersOf(ProtocolDocument document) {
        return document.crisisProviders() == null ? List.of() : document.crisisProviders();
    }

    private static boolean same(Object a, Object b) {
        return java.util.Objects.equals(a, b);
    }

    private static boolean sameFolded(String a, String b) {
        String left = a == null || a.isBlank() ? null : fold(a);
        String right = b == null || b.isBlank() ? null : fold(b);
        return same(left, right);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String truncate(String text) {
        return text.length() <= 500 ? text : text.substring(0, 497) + "...";
    }

    private record Row(UUID id, String province, String municipality, int version, LocalDate reviewDue, boolean inPlace,
                       String leadAgency, String reportingChannel, String ownerGroup) {
        String level() {
            return municipality != null ? "MUNICIPALITY" : province != null ? "PROVINCE" : "NATIONAL";
        }

        int rank() {
            return municipality != null ? 0 : province != null ? 1 : 2;
        }
    }

    public record ProtocolMatch(UUID protocolId, int version, String matchedLevel, boolean inPlace, boolean stale,
                                LocalDate reviewDue, String leadAgency, String reportingChannel, String ownerGroup,
                                List<Contact> contacts, List<CrisisProvider> crisisProviders,
                                @JsonIgnore String province, @JsonIgnore String municipality) {
    }

    public record ProtocolSummary(UUID protocolId, String province, String municipality, int version, LocalDate reviewDue,
                                  boolean stale, boolean inPlace, String leadAgency, String ownerGroup, String updatedBy,
                                  Instant updatedAt) {
    }

    public record ProtocolVersion(int version, ProtocolDocument document, String changedBy, Instant changedAt,
                                  String change) {
    }

    public record Contact(int order, String agency, String unit, String role, String name, String phone, String email,
                          String availability) {
    }

    public record CrisisProvider(int order, String name, String phone, String availability) {
    }
}
