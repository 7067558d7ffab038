package org.hotline.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.support.JsonLists.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Ranking through GET /api/directory/services, on the sample directory and on services made for each case. */
@HotlineSpringTest
class DirectoryMatchingTest {

    private static final String TOWN = "Larkspur Bay";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port, json);
    }

    @Test
    @DisplayName("A French-speaking caller in Montréal who needs safe housing: Montréal's French shelters come first, with why")
    void frenchSpeakingCallerInMontreal() {
        JsonNode ranked = search("province=QC&municipality=Montr%C3%A9al&need=SAFE_HOUSING&language=fr");
        assertThat(ranked.size()).isGreaterThanOrEqualTo(4);
        JsonNode first = ranked.get(0);
        assertThat(first.path("distanceHint").asText()).isEqualTo("MUNICIPALITY");
        assertThat(first.path("languages").findValuesAsText("")).isEmpty();
        assertThat(texts(first.path("languages"))).contains("fr");
        assertThat(texts(first.path("needs"))).contains("SAFE_HOUSING");
        assertThat(first.path("why").asText()).contains("serves the municipality").contains("speaks fr");
        assertThat(first.path("phone").asText()).contains("555");
        List<Integer> scores = new ArrayList<>();
        ranked.forEach(match -> scores.add(match.path("score").asInt()));
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a);
        List<String> levels = texts(ranked, "distanceHint");
        assertThat(levels).contains("PROVINCE", "NATIONAL");
        assertThat(levels.indexOf("MUNICIPALITY")).isLessThan(levels.indexOf("PROVINCE"));
        assertThat(levels.lastIndexOf("MUNICIPALITY")).isLessThan(levels.indexOf("NATIONAL"));
        // Without the accent, or in capitals, it is the same city.
        assertThat(texts(search("province=QC&municipality=MONTREAL&need=SAFE_HOUSING&language=fr"), "serviceId"))
                .isEqualTo(texts(ranked, "serviceId"));
    }

    @Test
    @DisplayName("Municipal over provincial over national; the caller's language, then interpretation; 24/7 when asked")
    void rankingRules() {
        UUID municipal = service("Municipal", "CA-NS:" + TOWN, "en", false, false, "active");
        UUID provincialFrench = service("Provincial French", "CA-NS", "fr", false, false, "active");
        UUID provincialEnglish = service("Provincial English", "CA-NS", "en", false, false, "active");
        UUID provincialInterpreted = service("Provincial interpreted", "CA-NS", "en", false, true, "active");
        UUID provincial247 = service("Provincial 24/7", "CA-NS", "ar", true, false, "active");
        UUID nationalFrench = service("National French", "CA", "fr", true, true, "active");
        UUID inactive = service("Closed", "CA-NS:" + TOWN, "fr", true, true, "inactive");
        UUID elsewhere = service("Elsewhere", "CA-NB", "fr", true, true, "active");

        List<String> french = texts(search("province=NS&municipality=" + TOWN.replace(" ", "%20")
                + "&need=LABOUR_RIGHTS&language=fr&limit=100"), "serviceId");
        assertThat(french).doesNotContain(inactive.toString(), elsewhere.toString());
        assertThat(french).as("municipal, then provincial in the caller's language, with interpretation, without; then national")
                .containsSubsequence(municipal.toString(), provincialFrench.toString(), provincialInterpreted.toString(),
                        provincialEnglish.toString(), nationalFrench.toString());

        List<String> arabicNow = texts(search("province=NS&need=LABOUR_RIGHTS&language=ar&open247=true&limit=100"), "serviceId");
        assertThat(arabicNow).containsSubsequence(provincial247.toString(), provincialInterpreted.toString(),
                provincialEnglish.toString());
        assertThat(arabicNow).as("no municipality asked: only province-wide and national services")
                .doesNotContain(municipal.toString());
    }

    @Test
    @DisplayName("Unknown codes and a missing province are a 400 naming the parameter")
    void unknownCodes() {
        assertBad("province=QC&need=SPACESHIP", "need");
        assertBad("province=QC&population=ROBOTS", "population");
        assertBad("province=ZZ", "province");
        assertBad("need=LEGAL", "province");
        assertBad("province=QC&language=French", "language");
        assertBad("province=QC&open247=sometimes", "open247");
    }

    // ------------------------------------------------------------------ helpers

    private void assertBad(String query, String field) {
        Api.Response response = api.get("advocate1", "/api/directory/services?" + query);
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(response.node().path("errors").findValuesAsText("field")).contains(field);
    }

    private JsonNode search(String query) {
        Api.Response response = api.get("advocate1", "/api/directory/services?" + query);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.node();
    }

    /** Imports one labour-rights service with the given reach, language, hours and status. */
    private UUID service(String label, String extent, String language, boolean open247, boolean interpretation, String status) {
        UUID organization = UUID.randomUUID();
        UUID service = UUID.randomUUID();
        String schedule = open247 ? """
                [{"id": "%s", "freq": "WEEKLY", "byday": "MO,TU,WE,TH,FR,SA,SU", "opens_at": "00:00", "closes_at": "23:59"}]
                """.formatted(UUID.randomUUID()) : "[]";
        String document = """
                [{"id": "%s", "name": "Ranking test %s", "services": [{"id": "%s", "name": "Ranking test %s",
                  "status": "%s", "assured_date": "2026-10-01", "interpretation_services": %s,
                  "languages": [{"id": "%s", "code": "%s"}],
                  "service_areas": [{"id": "%s", "extent": "%s", "extent_type": "text"}],
                  "schedules": %s,
                  "phones": [{"id": "%s", "number": "+1-902-555-0177"}],
                  "attributes": [{"id": "%s", "link_type": "need", "link_entity": "service", "taxonomy_term_id": "%s"}]}]}]
                """.formatted(organization, label, service, label, status, interpretation ? "\"By telephone\"" : "null",
                UUID.randomUUID(), language, UUID.randomUUID(), extent, schedule, UUID.randomUUID(), UUID.randomUUID(),
                jdbc.queryForObject("select t.id from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id "
                        + "where x.name = 'hotline-needs' and t.code = 'LABOUR_RIGHTS'", UUID.class));
        try {
            Api.Response imported = api.post("admin", "/api/directory/import", json.readTree(document));
            assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return service;
    }

}
