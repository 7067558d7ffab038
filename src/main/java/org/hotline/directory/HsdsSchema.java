package org.hotline.directory;

import java.sql.Types;
import java.util.List;

/**
 * The HSDS 3.0 fields this directory stores, per table. JSON field names are the column names, so import and
 * export read the same list.
 */
final class HsdsSchema {

    static final List<String> ORGANIZATION = List.of("name", "alternate_name", "description", "email", "website");
    static final List<String> SERVICE = List.of("organization_id", "name", "alternate_name", "description", "url", "email",
            "status", "interpretation_services", "application_process", "fees_description", "eligibility_description",
            "assured_date", "assurer_email");
    static final List<String> LOCATION = List.of("organization_id", "location_type", "name", "alternate_name", "description",
            "latitude", "longitude");
    static final List<String> ADDRESS = List.of("location_id", "attention", "address_1", "address_2", "city", "region",
            "state_province", "postal_code", "country", "address_type");
    static final List<String> SERVICE_AT_LOCATION = List.of("service_id", "location_id", "description");
    static final List<String> PHONE = List.of("location_id", "service_id", "organization_id", "number", "extension", "type",
            "description");
    static final List<String> CONTACT = List.of("organization_id", "service_id", "name", "title", "department", "email");
    static final List<String> SCHEDULE = List.of("service_id", "valid_from", "valid_to", "dtstart", "timezone", "until",
            "count", "wkst", "freq", "interval", "byday", "byweekno", "bymonthday", "byyearday", "description", "opens_at",
            "closes_at", "schedule_link", "attending_type", "notes");
    static final List<String> LANGUAGE = List.of("service_id", "name", "code", "note");
    static final List<String> SERVICE_AREA = List.of("service_id", "name", "description", "extent", "extent_type", "uri");
    static final List<String> ATTRIBUTE = List.of("link_id", "taxonomy_term_id", "link_type", "link_entity", "value", "label");
    static final List<String> TAXONOMY = List.of("name", "description", "uri", "version");
    static final List<String> TAXONOMY_TERM = List.of("code", "name", "description", "parent_id", "taxonomy", "taxonomy_id",
            "language", "term_uri");

    /** Longest text each column takes (see V2__directory_and_protocols.sql); longer is a problem in the document. */
    static final java.util.Map<String, Integer> MAX_LENGTH = java.util.Map.ofEntries(
            java.util.Map.entry("name", 300), java.util.Map.entry("alternate_name", 300), java.util.Map.entry("email", 200),
            java.util.Map.entry("website", 500), java.util.Map.entry("url", 500), java.util.Map.entry("status", 30),
            java.util.Map.entry("assurer_email", 200), java.util.Map.entry("location_type", 20),
            java.util.Map.entry("attention", 300), java.util.Map.entry("address_1", 300), java.util.Map.entry("address_2", 300),
            java.util.Map.entry("city", 200), java.util.Map.entry("region", 200), java.util.Map.entry("state_province", 100),
            java.util.Map.entry("postal_code", 20), java.util.Map.entry("country", 2), java.util.Map.entry("address_type", 20),
            java.util.Map.entry("number", 50), java.util.Map.entry("extension", 20), java.util.Map.entry("type", 20),
            java.util.Map.entry("title", 300), java.util.Map.entry("department", 300), java.util.Map.entry("timezone", 50),
            java.util.Map.entry("wkst", 2), java.util.Map.entry("freq", 10), java.util.Map.entry("byday", 50),
            java.util.Map.entry("byweekno", 50), java.util.Map.entry("bymonthday", 50), java.util.Map.entry("byyearday", 50),
            java.util.Map.entry("schedule_link", 500), java.util.Map.entry("attending_type", 100), java.util.Map.entry("code", 100),
            java.util.Map.entry("extent_type", 20), java.util.Map.entry("uri", 500), java.util.Map.entry("link_type", 100),
            java.util.Map.entry("link_entity", 50), java.util.Map.entry("label", 300), java.util.Map.entry("version", 50),
            java.util.Map.entry("taxonomy", 200), java.util.Map.entry("language", 10), java.util.Map.entry("term_uri", 500));

    static final List<String> SERVICE_STATUSES = List.of("active", "inactive", "defunct", "temporarily closed");

    private HsdsSchema() {
    }

    /** The SQL type of a field, from its name. */
    static int sqlType(String field) {
        if (field.equals("id") || field.endsWith("_id")) {
            return Types.OTHER;
        }
        return switch (field) {
            case "assured_date", "valid_from", "valid_to", "dtstart", "until" -> Types.DATE;
            case "opens_at", "closes_at" -> Types.TIME;
            case "latitude", "longitude" -> Types.NUMERIC;
            case "count", "interval" -> Types.INTEGER;
            default -> Types.VARCHAR;
        };
    }
}
