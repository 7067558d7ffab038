package org.hotline.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/** HSDS 3.0 import and export through the API: round trip, idempotence, refusal with nothing written, roles. */
@HotlineSpringTest
class DirectoryImportTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port, json);
    }

    @Test
    @DisplayName("Export gives back what import takes: importing the export changes nothing, and exports again the same")
    void roundTrip() {
        Api.Response exported = api.get("designer1", "/api/directory/export");
        assertThat(exported.status()).isEqualTo(200);
        JsonNode first = exported.node();
        assertThat(first.size()).isGreaterThanOrEqualTo(50);
        Api.Response reimported = api.post("designer1", "/api/directory/import", first);
        assertThat(reimported.status()).as(reimported.toString()).isEqualTo(200);
        assertUnchanged(reimported.node());
        assertThat(api.get("designer1", "/api/directory/export").node()).isEqualTo(first);
    }

    @Test
    @DisplayName("Re-importing the sample directory changes nothing")
    void sampleDirectoryIsIdempotent() throws IOException {
        Api.Response again = api.post("admin", "/api/directory/import", sample());
        assertThat(again.status()).isEqualTo(200);
        assertUnchanged(again.node());
        assertThat(again.node().path("tables").path("service").path("unchanged").asInt()).isGreaterThanOrEqualTo(100);
    }

    @Test
    @DisplayName("An organization is created, then updated and trimmed by id; its services become matchable at once")
    void createUpdateAndTrim() {
        ArrayNode document = json.createArrayNode();
        ObjectNode organization = newOrganization("Tern Island Outreach");
        document.add(organization);
        ObjectNode service = (ObjectNode) organization.path("services").get(0);

        Api.Response created = api.post("designer1", "/api/directory/import", document);
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(created.node().path("tables").path("service").path("created").asInt()).isOne();
        assertThat(matches("PE", "Tern Harbour")).contains("Tern Island Outreach – Night Shelter");

        service.put("name", "Tern Island Outreach – Night and Day Shelter");
        ((ArrayNode) service.path("languages")).remove(1);
        Api.Response updated = api.post("designer1", "/api/directory/import", document);
        assertThat(updated.node().path("tables").path("service").path("updated").asInt()).isOne();
        assertThat(updated.node().path("removed").asInt()).isOne();
        assertThat(matches("PE", "Tern Harbour")).contains("Tern Island Outreach – Night and Day Shelter");
        assertThat(jdbc.queryForObject("select count(*) from language where service_id = ?", Integer.class,
                UUID.fromString(service.path("id").asText()))).isOne();
    }

    @Test
    @DisplayName("A bad document is a 400 listing each problem by JSON path, and nothing of it is written")
    void badDocumentWritesNothing() {
        ArrayNode document = json.createArrayNode();
        ObjectNode good = newOrganization("Good Harbour Services");
        ObjectNode bad = newOrganization("Broken Harbour Services");
        document.add(good).add(bad);
        ObjectNode badService = (ObjectNode) bad.path("services").get(0);
        badService.put("status", "open");
        ((ObjectNode) badService.path("service_areas").get(0)).put("extent", "Canada-ish");
        ((ObjectNode) badService.path("attributes").get(0)).remove("taxonomy_term_id");
        ((ObjectNode) badService.path("attributes").get(0)).set("taxonomy_term", json.createObjectNode()
                .put("id", UUID.randomUUID().toString()).put("code", "SPACESHIP").put("name", "Space travel")
                .put("taxonomy", "hotline-needs"));
        ((ObjectNode) badService.path("service_at_locations").get(0)).put("location_id", UUID.randomUUID().toString());
        ((ObjectNode) badService.path("languages").get(0)).put("id", "not-a-uuid");
        long organizations = count("organization");
        long services = count("service");

        Api.Response refused = api.post("admin", "/api/directory/import", document);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.node().path("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "$[1].services[0].status",
                "$[1].services[0].service_areas[0].extent",
                "$[1].services[0].attributes[0].taxonomy_term.code",
                "$[1].services[0].service_at_locations[0].location_id",
                "$[1].services[0].languages[0].id");
        assertThat(count("organization")).isEqualTo(organizations);
        assertThat(count("service")).isEqualTo(services);
        assertThat(jdbc.queryForObject("select count(*) from organization where id = ?", Integer.class,
                UUID.fromString(good.path("id").asText()))).isZero();
        assertThat(api.post("admin", "/api/directory/import", "{\"not\": \"an array\"}").node()
                .path("errors").findValuesAsText("field")).containsExactly("$");
    }

    @Test
    @DisplayName("Only admins and designers import; advocates search; designers and supervisors export")
    void roles() {
        ArrayNode empty = json.createArrayNode();
        assertThat(api.post("advocate1", "/api/directory/import", empty).status()).isEqualTo(403);
        assertThat(api.post("supervisor1", "/api/directory/import", empty).status()).isEqualTo(403);
        assertThat(api.post("admin", "/api/directory/import", empty).status()).isEqualTo(200);
        assertThat(api.post(null, "/api/directory/import", empty).status()).isEqualTo(401);
        assertThat(api.get("advocate1", "/api/directory/export").status()).isEqualTo(403);
        assertThat(api.get("supervisor1", "/api/directory/export").status()).isEqualTo(200);
        assertThat(api.get("advocate1", "/api/directory/services?province=ON").status()).isEqualTo(200);
        assertThat(api.get("designer1", "/api/directory/services?province=ON").status()).isEqualTo(403);
    }

    // ------------------------------------------------------------------ helpers

    private java.util.List<String> matches(String province, String municipality) {
        return api.get("advocate1", "/api/directory/services?province=" + province + "&municipality="
                + municipality.replace(" ", "%20") + "&need=SAFE_HOUSING&limit=50").node().findValuesAsText("name");
    }

    private ObjectNode newOrganization(String name) {
        String o = UUID.randomUUID().toString();
        String s = UUID.randomUUID().toString();
        String l = UUID.randomUUID().toString();
        String text = """
                {"id": "%1$s", "name": "%2$s", "description": "Fictional test organization", "email": "info@example.org",
                 "website": "https://example.org/tern",
                 "locations": [{"id": "%3$s", "location_type": "physical", "name": "Office",
                   "addresses": [{"id": "%4$s", "address_1": "1 Example Wharf", "city": "Tern Harbour", "state_province": "PE",
                                  "postal_code": "C0A 1A0", "country": "CA", "address_type": "physical"}]}],
                 "services": [{"id": "%5$s", "name": "%2$s – Night Shelter", "status": "active", "assured_date": "2026-10-01",
                   "languages": [{"id": "%6$s", "name": "English", "code": "en"}, {"id": "%7$s", "name": "French", "code": "fr"}],
                   "service_areas": [{"id": "%8$s", "name": "Tern Harbour", "extent": "CA-PE:Tern Harbour", "extent_type": "text"}],
                   "schedules": [{"id": "%9$s", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "23:59"}],
                   "phones": [{"id": "%10$s", "number": "+1-902-555-0190", "type": "voice"}],
                   "service_at_locations": [{"id": "%11$s", "location_id": "%3$s"}],
                   "attributes": [{"id": "%12$s", "link_type": "need", "link_entity": "service",
                     "taxonomy_term_id": "%13$s"}]}]}
                """.formatted(o, name, l, UUID.randomUUID(), s, UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), needTermId());
        try {
            return (ObjectNode) json.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String needTermId() {
        return jdbc.queryForObject("select t.id from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id "
                + "where x.name = 'hotline-needs' and t.code = 'SAFE_HOUSING'", UUID.class).toString();
    }

    private JsonNode sample() throws IOException {
        try (InputStream in = new ClassPathResource("demo/directory.json").getInputStream()) {
            return json.readTree(in);
        }
    }

    private static void assertUnchanged(JsonNode result) {
        result.path("tables").fields().forEachRemaining(table -> {
            assertThat(table.getValue().path("created").asInt()).as(table.getKey() + " created").isZero();
            assertThat(table.getValue().path("updated").asInt()).as(table.getKey() + " updated").isZero();
        });
        assertThat(result.path("removed").asInt()).isZero();
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
