package org.hotline.directory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the directory as the HSDS 3.0 document the importer takes: organizations with everything nested. */
@Service
public class HsdsExporter {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    HsdsExporter(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Transactional(readOnly = true)
    public ArrayNode export() {
        Map<UUID, ObjectNode> taxonomies = byId("taxonomy", HsdsSchema.TAXONOMY, null);
        Map<UUID, ObjectNode> terms = byId("taxonomy_term", HsdsSchema.TAXONOMY_TERM, null);
        terms.values().forEach(term -> {
            ObjectNode taxonomy = term.hasNonNull("taxonomy_id") ? taxonomies.get(UUID.fromString(term.get("taxonomy_id").asText())) : null;
            if (taxonomy != null) {
                term.set("taxonomy_detail", taxonomy.deepCopy());
            }
        });
        Map<UUID, List<ObjectNode>> attributes = grouped("attribute", HsdsSchema.ATTRIBUTE, "link_id", null);
        attributes.values().forEach(list -> list.forEach(attribute -> {
            ObjectNode term = terms.get(UUID.fromString(attribute.get("taxonomy_term_id").asText()));
            if (term != null) {
                attribute.set("taxonomy_term", term.deepCopy());
            }
        }));
        Map<UUID, List<ObjectNode>> addresses = grouped("address", HsdsSchema.ADDRESS, "location_id", null);
        Map<UUID, List<ObjectNode>> locations = grouped("location", HsdsSchema.LOCATION, "organization_id", null);
        locations.values().forEach(list -> list.forEach(location ->
                location.set("addresses", array(addresses.get(id(location))))));
        Map<UUID, List<ObjectNode>> organizationPhones = grouped("phone", HsdsSchema.PHONE, "organization_id", "service_id is null");
        Map<UUID, List<ObjectNode>> organizationContacts = grouped("contact", HsdsSchema.CONTACT, "organization_id", "service_id is null");
        Map<UUID, List<ObjectNode>> servicePhones = grouped("phone", HsdsSchema.PHONE, "service_id", "service_id is not null");
        Map<UUID, List<ObjectNode>> serviceContacts = grouped("contact", HsdsSchema.CONTACT, "service_id", "service_id is not null");
        Map<UUID, List<ObjectNode>> languages = grouped("language", HsdsSchema.LANGUAGE, "service_id", null);
        Map<UUID, List<ObjectNode>> areas = grouped("service_area", HsdsSchema.SERVICE_AREA, "service_id", null);
        Map<UUID, List<ObjectNode>> schedules = grouped("schedule", HsdsSchema.SCHEDULE, "service_id", null);
        Map<UUID, List<ObjectNode>> serviceAtLocations = grouped("service_at_location", HsdsSchema.SERVICE_AT_LOCATION, "service_id", null);
        Map<UUID, List<ObjectNode>> services = grouped("service", HsdsSchema.SERVICE, "organization_id", null);
        services.values().forEach(list -> list.forEach(service -> {
            UUID id = id(service);
            service.set("languages", array(languages.get(id)));
            service.set("service_areas", array(areas.get(id)));
            service.set("schedules", array(schedules.get(id)));
            service.set("phones", array(servicePhones.get(id)));
            service.set("contacts", array(serviceContacts.get(id)));
            service.set("service_at_locations", array(serviceAtLocations.get(id)));
            service.set("attributes", array(attributes.get(id)));
        }));
        ArrayNode document = json.createArrayNode();
        for (ObjectNode organization : byId("organization", HsdsSchema.ORGANIZATION, null).values()) {
            UUID id = id(organization);
            organization.set("phones", array(organizationPhones.get(id)));
            organization.set("contacts", array(organizationContacts.get(id)));
            organization.set("locations", array(locations.get(id)));
            organization.set("attributes", array(attributes.get(id)));
            organization.set("services", array(services.get(id)));
            document.add(organization);
        }
        return document;
    }

    private Map<UUID, ObjectNode> byId(String table, List<String> fields, String where) {
        Map<UUID, ObjectNode> result = new LinkedHashMap<>();
        rows(table, fields, where).forEach(row -> result.put(id(row), row));
        return result;
    }

    private Map<UUID, List<ObjectNode>> grouped(String table, List<String> fields, String parent, String where) {
        Map<UUID, List<ObjectNode>> result = new HashMap<>();
        for (ObjectNode row : rows(table, fields, where)) {
            if (row.hasNonNull(parent)) {
                result.computeIfAbsent(UUID.fromString(row.get(parent).asText()), k -> new ArrayList<>()).add(row);
            }
        }
        return result;
    }

    private List<ObjectNode> rows(String table, List<String> fields, String where) {
        String columns = String.join(", ", fields.stream().map(f -> f.equals("interval") || f.equals("count") ? "\"" + f + "\"" : f).toList());
        String sql = "select id, " + columns + " from " + table + (where == null ? "" : " where " + where) + " order by id";
        return jdbc.query(sql, (rs, n) -> row(rs, fields));
    }

    private ObjectNode row(ResultSet rs, List<String> fields) throws SQLException {
        ObjectNode node = json.createObjectNode();
        node.put("id", rs.getObject("id", UUID.class).toString());
        for (String field : fields) {
            Object value = rs.getObject(field);
            if (value == null) {
                node.putNull(field);
            } else if (value instanceof BigDecimal decimal) {
                node.put(field, decimal.stripTrailingZeros());
            } else if (value instanceof Integer number) {
                node.put(field, number);
            } else if (value instanceof java.sql.Time time) {
                node.put(field, time.toLocalTime().toString());
            } else {
                node.put(field, value.toString());
            }
        }
        return node;
    }

    private ArrayNode array(List<ObjectNode> rows) {
        ArrayNode array = json.createArrayNode();
        if (rows != null) {
            rows.forEach(array::add);
        }
        return array;
    }

    private static UUID id(ObjectNode node) {
        return UUID.fromString(node.get("id").asText());
    }
}
