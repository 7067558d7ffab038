package org.hotline.directory;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hotline.platform.ApiProblem;
import org.hotline.platform.ApiProblem.FieldError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports an HSDS 3.0 document, an array of organizations with their services, locations, phones and contacts,
 * in one transaction. Rows are matched by id: importing the same document again changes nothing. A document with
 * problems is refused whole, each problem named by its JSON path.
 */
@Service
public class HsdsImporter {

    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}(:\\d{2})?");
    private static final Set<String> LOCATION_TYPES = Set.of("physical", "postal", "virtual");
    private static final Set<String> EXTENT_TYPES = Set.of("geojson", "topojson", "kml", "text");

    private final JdbcTemplate jdbc;
    private final MatchProfiles profiles;

    HsdsImporter(JdbcTemplate jdbc, MatchProfiles profiles) {
        this.jdbc = jdbc;
        this.profiles = profiles;
    }

    @Transactional
    public ImportResult importDocument(JsonNode document) {
        Rows rows = new Rows();
        List<FieldError> problems = new ArrayList<>();
        read(document, rows, problems);
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems.size() > 200 ? problems.subList(0, 200) : problems);
        }
        return write(rows);
    }

    // ------------------------------------------------------------------ reading and checking

    /** Everything the document holds, as rows per table, in the order they can be written. */
    private static final class Rows {
        final Map<String, Map<UUID, Map<String, Object>>> tables = new LinkedHashMap<>();
        final Map<UUID, Set<UUID>> childrenOfService = new HashMap<>();
        final Map<UUID, Set<UUID>> childrenOfOrganization = new HashMap<>();
        final Map<UUID, Set<UUID>> addressesOfLocation = new HashMap<>();
        final Set<UUID> services = new LinkedHashSet<>();
        final Map<UUID, String> paths = new HashMap<>();

        Rows() {
            for (String table : List.of("taxonomy", "taxonomy_term", "organization", "location", "address", "service",
                    "service_at_location", "contact", "phone", "schedule", "language", "service_area", "attribute")) {
                tables.put(table, new LinkedHashMap<>());
            }
        }
    }

    private void read(JsonNode document, Rows rows, List<FieldError> problems) {
        if (document == null || !document.isArray()) {
            problems.add(new FieldError("$", "must be an array of organizations"));
            return;
        }
        for (int o = 0; o < document.size(); o++) {
            JsonNode organization = document.get(o);
            String path = "$[" + o + "]";
            UUID parsedId = entity(rows, "organization", HsdsSchema.ORGANIZATION, organization, path, Map.of(), problems);
            if (organization == null || !organization.isObject()) {
                continue;
            }
            // With a bad id the document is refused anyway; its contents are still checked, to list every problem.
            UUID organizationId = parsedId != null ? parsedId : new UUID(0, 0);
            required(organization, "name", path, problems);
            Set<UUID> orgChildren = rows.childrenOfOrganization.computeIfAbsent(organizationId, k -> new HashSet<>());
            each(organization, "phones", path, (phone, p) -> {
                UUID id = entity(rows, "phone", HsdsSchema.PHONE, phone, p, Map.of("organization_id", organizationId), problems);
                required(phone, "number", p, problems);
                orgChildren.add(id);
            }, problems);
            each(organization, "contacts", path, (contact, p) ->
                    orgChildren.add(entity(rows, "contact", HsdsSchema.CONTACT, contact, p,
                            Map.of("organization_id", organizationId), problems)), problems);
            each(organization, "attributes", path, (attribute, p) ->
                    orgChildren.add(attribute(rows, attribute, p, organizationId, "organization", problems)), problems);
            each(organization, "locations", path, (location, p) -> {
                UUID locationId = entity(rows, "location", HsdsSchema.LOCATION, location, p,
                        Map.of("organization_id", organizationId), problems);
                oneOf(location, "location_type", LOCATION_TYPES, p, true, problems);
                Set<UUID> addresses = rows.addressesOfLocation.computeIfAbsent(locationId, k -> new HashSet<>());
                each(location, "addresses", p, (address, ap) -> {
                    addresses.add(entity(rows, "address", HsdsSchema.ADDRESS, address, ap, Map.of("location_id", locationId),
                            problems));
                    for (String field : List.of("address_1", "city", "state_province", "postal_code", "country")) {
                        required(address, field, ap, problems);
                    }
                    oneOf(address, "address_type", LOCATION_TYPES, ap, true, problems);
                    if (address.hasNonNull("country") && !address.path("country").asText().matches("[A-Z]{2}")) {
                        problems.add(new FieldError(ap + ".country", "must be an ISO 3166-1 alpha-2 code such as CA"));
                    }
                }, problems);
            }, problems);
            each(organization, "services", path, (service, sp) -> {
                UUID parsedService = entity(rows, "service", HsdsSchema.SERVICE, service, sp,
                        Map.of("organization_id", organizationId), problems);
                if (service == null || !service.isObject()) {
                    return;
                }
                UUID serviceId = parsedService != null ? parsedService : new UUID(0, 1);
                rows.services.add(serviceId);
                required(service, "name", sp, problems);
                oneOf(service, "status", Set.copyOf(HsdsSchema.SERVICE_STATUSES), sp, true, problems);
                Set<UUID> children = rows.childrenOfService.computeIfAbsent(serviceId, k -> new HashSet<>());
                Map<String, Object> parent = Map.of("service_id", serviceId);
                each(service, "languages", sp, (language, p) -> {
                    children.add(entity(rows, "language", HsdsSchema.LANGUAGE, language, p, parent, problems));
                    if (language.hasNonNull("code") && !LANGUAGE_CODE.matcher(language.path("code").asText()).matches()) {
                        problems.add(new FieldError(p + ".code", "must be an ISO 639 code such as fr"));
                    }
                    if (!language.hasNonNull("code") && !language.hasNonNull("name")) {
                        problems.add(new FieldError(p + ".code", "is required (or name)"));
                    }
                }, problems);
                each(service, "service_areas", sp, (area, p) -> {
                    children.add(entity(rows, "service_area", HsdsSchema.SERVICE_AREA, area, p, parent, problems));
                    oneOf(area, "extent_type", EXTENT_TYPES, p, false, problems);
                    if ("text".equals(area.path("extent_type").asText())) {
                        String extent = area.path("extent").asText("");
                        if (!Taxonomies.validExtent(extent)) {
                            problems.add(new FieldError(p + ".extent",
                                    "must be CA, CA-XX (a province or territory) or CA-XX:Municipality"));
                        }
                    }
                }, problems);
                each(service, "schedules", sp, (schedule, p) -> {
                    children.add(entity(rows, "schedule", HsdsSchema.SCHEDULE, schedule, p, parent, problems));
                    oneOf(schedule, "freq", Set.of("WEEKLY", "MONTHLY"), p, false, problems);
                }, problems);
                each(service, "phones", sp, (phone, p) -> {
                    children.add(entity(rows, "phone", HsdsSchema.PHONE, phone, p, parent, problems));
                    required(phone, "number", p, problems);
                }, problems);
                each(service, "contacts", sp, (contact, p) ->
                        children.add(entity(rows, "contact", HsdsSchema.CONTACT, contact, p, parent, problems)), problems);
                each(service, "attributes", sp, (attribute, p) ->
                        children.add(attribute(rows, attribute, p, serviceId, "service", problems)), problems);
                each(service, "service_at_locations", sp, (sal, p) -> {
                    UUID id = entity(rows, "service_at_location", HsdsSchema.SERVICE_AT_LOCATION, sal, p, parent, problems);
                    children.add(id);
                    if (uuid(sal.get("location_id")) == null) {
                        problems.add(new FieldError(p + ".location_id", "is required: the id of a location"));
                    }
                }, problems);
            }, problems);
        }
        references(rows, problems);
    }

    /** Links the document gives by id must name something in the document or already in the directory. */
    private void references(Rows rows, List<FieldError> problems) {
        Map<String, String> targets = Map.of("location_id", "location", "parent_id", "taxonomy_term",
                "taxonomy_id", "taxonomy");
        for (Map.Entry<String, Map<UUID, Map<String, Object>>> table : rows.tables.entrySet()) {
            for (Map.Entry<UUID, Map<String, Object>> row : table.getValue().entrySet()) {
                for (Map.Entry<String, String> reference : targets.entrySet()) {
                    Object id = row.getValue().get(reference.getKey());
                    if (id instanceof UUID target && !rows.tables.get(reference.getValue()).containsKey(target)
                            && !exists(reference.getValue(), target)) {
                        problems.add(new FieldError(rows.paths.getOrDefault(row.getKey(), "$") + "." + reference.getKey(),
                                "names no " + reference.getValue() + " of the document or directory"));
                    }
                }
            }
        }
    }

    private UUID attribute(Rows rows, JsonNode attribute, String path, UUID linkId, String linkEntity,
                           List<FieldError> problems) {
        JsonNode term = attribute.get("taxonomy_term");
        UUID termId = uuid(attribute.get("taxonomy_term_id"));
        if (term != null && term.isObject()) {
            UUID nestedId = uuid(term.get("id"));
            if (termId != null && nestedId != null && !termId.equals(nestedId)) {
                problems.add(new FieldError(path + ".taxonomy_term_id", "differs from taxonomy_term.id"));
            }
            termId = nestedId != null ? nestedId : termId;
            String termPath = path + ".taxonomy_term";
            JsonNode taxonomy = term.get("taxonomy_detail");
            UUID taxonomyId = uuid(term.get("taxonomy_id"));
            String taxonomyName = term.path("taxonomy").asText(null);
            if (taxonomy != null && taxonomy.isObject()) {
                UUID detailId = entity(rows, "taxonomy", HsdsSchema.TAXONOMY, taxonomy, termPath + ".taxonomy_detail",
                        Map.of(), problems);
                required(taxonomy, "name", termPath + ".taxonomy_detail", problems);
                taxonomyId = taxonomyId == null ? detailId : taxonomyId;
                taxonomyName = taxonomy.path("name").asText(taxonomyName);
            }
            Map<String, Object> fixed = new HashMap<>();
            if (taxonomyId != null) {
                fixed.put("taxonomy_id", taxonomyId);
            }
            entity(rows, "taxonomy_term", HsdsSchema.TAXONOMY_TERM, term, termPath, fixed, problems);
            required(term, "name", termPath, problems);
            Set<String> codes = taxonomyName == null ? null : Taxonomies.CODES.get(taxonomyName);
            if (codes != null && !codes.contains(term.path("code").asText())) {
                problems.add(new FieldError(termPath + ".code", "unknown code in " + taxonomyName + "; expected one of "
                        + new java.util.TreeSet<>(codes)));
            }
        } else if (termId == null) {
            problems.add(new FieldError(path + ".taxonomy_term_id", "is required: the id of a taxonomy term"));
        } else if (!exists("taxonomy_term", termId)) {
            problems.add(new FieldError(path + ".taxonomy_term_id", "names no taxonomy term; include taxonomy_term"));
        }
        Map<String, Object> fixed = new HashMap<>();
        fixed.put("link_id", linkId);
        fixed.put("link_entity", linkEntity);
        if (termId != null) {
            fixed.put("taxonomy_term_id", termId);
        }
        return entity(rows, "attribute", HsdsSchema.ATTRIBUTE, attribute, path, fixed, problems);
    }

    /** Reads one object's fields into a row; {@code fixed} are the links to its parent, set by nesting. */
    private static UUID entity(Rows rows, String table, List<String> fields, JsonNode node, String path,
                               Map<String, Object> fixed, List<FieldError> problems) {
        if (node == null || !node.isObject()) {
            problems.add(new FieldError(path, "must be an object"));
            return null;
        }
        UUID id = uuid(node.get("id"));
        if (id == null) {
            problems.add(new FieldError(path + ".id", node.hasNonNull("id") ? "must be a UUID" : "is required"));
            return null;
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (String field : fields) {
            if (fixed.containsKey(field)) {
                row.put(field, fixed.get(field));
                continue;
            }
            JsonNode value = node.get(field);
            row.put(field, value(value, field, path + "." + field, problems));
        }
        Map<UUID, Map<String, Object>> tableRows = rows.tables.get(table);
        Map<String, Object> earlier = tableRows.get(id);
        if (earlier != null && !earlier.equals(row)) {
            problems.add(new FieldError(path + ".id", "is used twice in the document for different " + table + " data"));
        }
        tableRows.put(id, row);
        rows.paths.putIfAbsent(id, path);
        return id;
    }

    private static Object value(JsonNode value, String field, String path, List<FieldError> problems) {
        if (value == null || value.isNull()) {
            return null;
        }
        int type = HsdsSchema.sqlType(field);
        try {
            switch (type) {
                case Types.OTHER -> {
                    UUID uuid = uuid(value);
                    if (uuid == null) {
                        problems.add(new FieldError(path, "must be a UUID"));
                    }
                    return uuid;
                }
                case Types.DATE -> {
                    return LocalDate.parse(value.asText());
                }
                case Types.TIME -> {
                    if (!TIME.matcher(value.asText()).matches()) {
                        problems.add(new FieldError(path, "must be a time such as 09:00"));
                        return null;
                    }
                    return LocalTime.parse(value.asText());
                }
                case Types.NUMERIC -> {
                    double limit = field.equals("latitude") ? 90 : 180;
                    if (!value.isNumber() || Math.abs(value.doubleValue()) > limit) {
                        problems.add(new FieldError(path, "must be a number between -" + (int) limit + " and " + (int) limit));
                        return null;
                    }
                    return value.decimalValue().setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
                }
                case Types.INTEGER -> {
                    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
                        problems.add(new FieldError(path, "must be a whole number"));
                        return null;
                    }
                    return value.intValue();
                }
                default -> {
                    if (!value.isValueNode()) {
                        problems.add(new FieldError(path, "must be text"));
                        return null;
                    }
                    Integer max = HsdsSchema.MAX_LENGTH.get(field);
                    if (max != null && value.asText().length() > max) {
                        problems.add(new FieldError(path, "must be at most " + max + " characters"));
                        return null;
                    }
                    return value.asText();
                }
            }
        } catch (DateTimeParseException e) {
            problems.add(new FieldError(path, "must be a date such as 2026-05-14"));
            return null;
        }
    }

    private interface Visitor {
        void visit(JsonNode node, String path);
    }

    private static void each(JsonNode parent, String field, String path, Visitor visitor, List<FieldError> problems) {
        JsonNode array = parent.get(field);
        if (array == null || array.isNull()) {
            return;
        }
        if (!array.isArray()) {
            problems.add(new FieldError(path + "." + field, "must be an array"));
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            visitor.visit(array.get(i), path + "." + field + "[" + i + "]");
        }
    }

    private static void required(JsonNode node, String field, String path, List<FieldError> problems) {
        if (node == null || !node.hasNonNull(field) || node.path(field).asText().isBlank()) {
            problems.add(new FieldError(path + "." + field, "is required"));
        }
    }

    private static void oneOf(JsonNode node, String field, Set<String> allowed, String path, boolean required,
                              List<FieldError> problems) {
        if (!node.hasNonNull(field)) {
            if (required) {
                problems.add(new FieldError(path + "." + field, "is required; one of " + new java.util.TreeSet<>(allowed)));
            }
            return;
        }
        if (!allowed.contains(node.path(field).asText())) {
            problems.add(new FieldError(path + "." + field, "must be one of " + new java.util.TreeSet<>(allowed)));
        }
    }

    private static UUID uuid(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(node.asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private boolean exists(String table, UUID id) {
        Integer count = jdbc.queryForObject("select count(*) from " + table + " where id = ?", Integer.class, id);
        return count != null && count > 0;
    }

    // ------------------------------------------------------------------ writing

    private ImportResult write(Rows rows) {
        Map<String, ImportResult.Counts> counts = new TreeMap<>();
        for (Map.Entry<String, Map<UUID, Map<String, Object>>> table : rows.tables.entrySet()) {
            ImportResult.Counts tableCounts = new ImportResult.Counts();
            for (Map.Entry<UUID, Map<String, Object>> row : table.getValue().entrySet()) {
                tableCounts.add(upsert(table.getKey(), row.getKey(), row.getValue()));
            }
            counts.put(table.getKey(), tableCounts);
        }
        int removed = 0;
        for (Map.Entry<UUID, Set<UUID>> service : rows.childrenOfService.entrySet()) {
            removed += removeMissing(service.getKey(), "service_id", service.getValue(),
                    List.of("language", "phone", "contact", "schedule", "service_area", "service_at_location"));
            removed += removeMissingAttributes("service", service.getKey(), service.getValue());
        }
        for (Map.Entry<UUID, Set<UUID>> organization : rows.childrenOfOrganization.entrySet()) {
            removed += jdbc.update("delete from phone where organization_id = ? and service_id is null and not (id = any(?))",
                    organization.getKey(), organization.getValue().toArray(UUID[]::new));
            removed += jdbc.update("delete from contact where organization_id = ? and service_id is null and not (id = any(?))",
                    organization.getKey(), organization.getValue().toArray(UUID[]::new));
            removed += removeMissingAttributes("organization", organization.getKey(), organization.getValue());
        }
        for (Map.Entry<UUID, Set<UUID>> location : rows.addressesOfLocation.entrySet()) {
            removed += jdbc.update("delete from address where location_id = ? and not (id = any(?))",
                    location.getKey(), location.getValue().toArray(UUID[]::new));
        }
        boolean changed = removed > 0 || counts.values().stream().anyMatch(c -> c.created + c.updated > 0);
        if (changed) {
            profiles.rebuild(rows.services);
        }
        return new ImportResult(counts, removed);
    }

    private int removeMissing(UUID serviceId, String column, Set<UUID> keep, List<String> tables) {
        int removed = 0;
        UUID[] ids = keep.toArray(UUID[]::new);
        for (String table : tables) {
            removed += jdbc.update("delete from " + table + " where " + column + " = ? and not (id = any(?))", serviceId, ids);
        }
        return removed;
    }

    private int removeMissingAttributes(String linkEntity, UUID linkId, Set<UUID> keep) {
        return jdbc.update("delete from attribute where link_entity = ? and link_id = ? and not (id = any(?))", linkEntity,
                linkId, keep.toArray(UUID[]::new));
    }

    /** Inserts, updates only when something differs, or leaves the row alone. */
    private ImportResult.Outcome upsert(String table, UUID id, Map<String, Object> row) {
        List<String> columns = new ArrayList<>(row.keySet());
        String names = String.join(", ", columns);
        String placeholders = String.join(", ", columns.stream().map(c -> "?").toList());
        String assignments = String.join(", ", columns.stream().map(c -> quote(c) + " = excluded." + quote(c)).toList());
        String current = String.join(", ", columns.stream().map(c -> table + "." + quote(c)).toList());
        String incoming = String.join(", ", columns.stream().map(c -> "excluded." + quote(c)).toList());
        String sql = "insert into " + table + " (id, " + String.join(", ", columns.stream().map(HsdsImporter::quote).toList())
                + ") values (?, " + placeholders + ") on conflict (id) do update set " + assignments
                + " where (" + current + ") is distinct from (" + incoming + ") returning (xmax = 0) as inserted";
        Object[] arguments = new Object[columns.size() + 1];
        arguments[0] = new SqlParameterValue(Types.OTHER, id);
        for (int i = 0; i < columns.size(); i++) {
            String column = columns.get(i);
            arguments[i + 1] = new SqlParameterValue(HsdsSchema.sqlType(column), row.get(column));
        }
        List<Boolean> inserted = jdbc.query(sql, (rs, n) -> rs.getBoolean("inserted"), arguments);
        if (inserted.isEmpty()) {
            return ImportResult.Outcome.UNCHANGED;
        }
        return inserted.get(0) ? ImportResult.Outcome.CREATED : ImportResult.Outcome.UPDATED;
    }

    private static String quote(String column) {
        return column.equals("interval") || column.equals("count") ? "\"" + column + "\"" : column;
    }
}
