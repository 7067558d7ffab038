package org.hotline.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hotline.support.HotlineSpringTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workspace pages over plain HTTP, as a browser session would use them: login, CSRF, roles, errors as pages,
 * the browser's language, and a refused intake that writes nothing.
 */
@HotlineSpringTest
class WorkspacePagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort int port;
    @org.springframework.beans.factory.annotation.Autowired org.camunda.bpm.engine.TaskService taskService;

    @Test
    @DisplayName("Without a login every page sends to the login page; the login page is in the browser's language")
    void loginFirst() throws Exception {
        Session anonymous = new Session("fr-CA,fr;q=0.9");
        for (String page : List.of("/", "/supervisor", "/cases/HT-2026-000001", "/intake", "/notifications")) {
            HttpResponse<String> response = anonymous.get(page);
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        }
        HttpResponse<String> login = anonymous.get("/login");
        assertThat(login.body()).contains("<html lang=\"fr\"", "Connexion", "Mot de passe");
        assertThat(new Session("de-DE,en;q=0.5").get("/login").body()).contains("<html lang=\"en\"", "Log in");
        assertThat(new Session("de-DE").get("/login").body()).contains("<html lang=\"en\"");
    }

    @Test
    @DisplayName("A wrong password stays on the login page with a message; a page form without its CSRF token is refused")
    void loginAndCsrf() throws Exception {
        Session session = new Session("en");
        // A name that is no user fails like a wrong password.
        HttpResponse<String> wrong = session.login("nobody", "not-the-password");
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(session.get("/login?error").body()).contains("Wrong user name or password");
        session.login("advocate1", "demo");
        assertThat(session.get("/").body()).contains("My tasks", "Team queue", "Signed in as advocate1");
        HttpResponse<String> forged = session.client.send(HttpRequest.newBuilder(session.uri("/intake"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("channel=PHONE")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("Roles: a designer has no case pages and no board; an advocate has no board; errors are pages, not JSON")
    void roles() throws Exception {
        Session designer = new Session("en").login("designer1");
        assertThat(designer.get("/").body()).contains("Your role does no casework here");
        HttpResponse<String> caseFile = designer.get("/cases/HT-2026-000001");
        assertThat(caseFile.statusCode()).isEqualTo(403);
        assertThat(caseFile.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(caseFile.body()).contains("You may not see or do this with your role").doesNotContain("Exception");
        assertThat(designer.get("/supervisor").statusCode()).isEqualTo(403);

        Session advocate = new Session("en").login("advocate2");
        assertThat(advocate.get("/supervisor").statusCode()).isEqualTo(403);
        HttpResponse<String> missing = advocate.get("/cases/HT-1999-000001");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("check the case number");
        HttpResponse<String> search = advocate.get("/search?caseNumber=" + URLEncoder.encode("../etc/passwd", StandardCharsets.UTF_8));
        assertThat(search.headers().firstValue("Location").orElseThrow()).endsWith("/");
    }

    @Test
    @DisplayName("An intake missing what a new case needs names every field in the page's language and opens nothing")
    void refusedIntake() throws Exception {
        Session advocate = new Session("fr").login("advocate1");
        HttpResponse<String> form = advocate.get("/intake");
        assertThat(form.body()).contains("Nouvel accueil", "Danger imminent");
        String before = CSRF.matcher(advocate.get("/").body()).replaceAll("");
        HttpResponse<String> refused = advocate.post("/intake", Map.of("channel", "PHONE", "language", "fr",
                "summary", "Quelqu'un a parlé", "callbackNumber", "not a phone"), form.body());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Veuillez corriger", "id=\"callerType-error\"", "id=\"province-error\"")
                .contains("Quelqu&#39;un a parlé");
        assertThat(CSRF.matcher(advocate.get("/").body()).replaceAll("")).as("no case, no task").isEqualTo(before);
    }

    @Test
    @DisplayName("A task form sent without its required field comes back with the field marked, in the page's language")
    void refusedTaskForm() throws Exception {
        org.hotline.support.Api api = new org.hotline.support.Api(port, new com.fasterxml.jackson.databind.ObjectMapper());
        String caseNumber = api.post("advocate1", "/api/cases", org.hotline.support.Intakes.adultVictimInToronto()).node()
                .path("caseNumber").asText();
        String task = api.taskOf("advocate1", caseNumber, "Task_ConfirmRisk");
        assertThat(api.post("advocate1", "/api/tasks/" + task + "/claim", "").status()).isEqualTo(204);
        Session advocate = new Session("fr-CA").login("advocate1");
        String page = advocate.get("/cases/" + caseNumber).body();
        assertThat(page).contains("Confirmer l");
        HttpResponse<String> refused = advocate.post("/cases/" + caseNumber + "/tasks/" + task + "/complete",
                Map.of("riskOverrideNote", "Noté"), page);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Ce champ est obligatoire.", "aria-invalid=\"true\"", "Noté");
        assertThat(api.get("advocate1", "/api/cases/" + caseNumber).node().path("activeTasks").findValuesAsText("id"))
                .contains(task);
    }

    @Test
    @DisplayName("Adding a contact on the intake page to a case the advocate has not worked on says a supervisor reviews "
            + "it, and shows no case file")
    void contactOnACaseTheAdvocateMayNotRead() throws Exception {
        org.hotline.support.Api api = new org.hotline.support.Api(port, new com.fasterxml.jackson.databind.ObjectMapper());
        String caseNumber = api.caseWaitingForFollowUp("advocate1");
        Session advocate = new Session("en").login("advocate2");
        HttpResponse<String> form = advocate.get("/intake?case=" + caseNumber);
        HttpResponse<String> added = advocate.post("/intake", Map.of("existingCaseNumber", caseNumber, "channel", "SMS",
                "callerType", "VICTIM", "language", "en", "summary", "Calling back about the van"), form.body());
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).as("not the case page").doesNotContain("/cases/");
        String home = advocate.get("/").body();
        assertThat(home).contains("The contact was added to case " + caseNumber, "a supervisor reviews the new contact")
                .doesNotContain("Calling back about the van");
        assertThat(advocate.get("/cases/" + caseNumber).statusCode()).isEqualTo(403);
        assertThat(api.get("supervisor1", "/api/cases/" + caseNumber).node().path("contacts")).hasSize(2);
    }

    @Test
    @DisplayName("The case page shows the safe-contact plan first, before the caller's name, with its code word, a text "
            + "link only as the plan allows, and a form that changes it")
    void safeContactPlanFirst() throws Exception {
        org.hotline.support.Api api = new org.hotline.support.Api(port, new com.fasterxml.jackson.databind.ObjectMapper());
        Map<String, Object> request = org.hotline.support.Intakes.adultVictimInToronto();
        request.put("callerName", "Odalys Fenwick");
        request.put("callbackNumber", "204-555-0142 (text only)");
        request.put("safeContact", Map.of("channels", java.util.List.of("TEXT"), "safeTimes", "weekdays 13:00–15:00",
                "codeWord", "lantern", "doNotContact", false));
        String caseNumber = api.post("advocate1", "/api/cases", request).node().path("caseNumber").asText();
        Session advocate = new Session("en").login("advocate1");
        String page = advocate.get("/cases/" + caseNumber).body();
        assertThat(page).contains("The caller, safely", "you may send a text message.", "do not call.",
                "do not leave a voicemail.", "weekdays 13:00–15:00", "lantern", "Odalys Fenwick", "204-555-0142 (text only)",
                "href=\"sms:2045550142\"");
        assertThat(callerPanel(page)).as("no call link to the caller: calls are not safe").doesNotContain("href=\"tel:");
        assertThat(page.indexOf("id=\"safe-contact-plan\"")).isLessThan(page.indexOf("Odalys Fenwick"));
        assertThat(page.indexOf("lantern")).isLessThan(page.indexOf("Odalys Fenwick"));
        assertThat(page.indexOf("The caller, safely")).as("above the task forms").isLessThan(page.indexOf("id=\"now-heading\""));

        HttpResponse<String> refused = advocate.post("/cases/" + caseNumber + "/safe-contact",
                Map.of("safeDoNotContact", "true", "safeChannels", "CALL"), page);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"safeChannels-error\"", "<details id=\"safe-contact-edit\" open");
        assertThat(api.get("advocate1", "/api/cases/" + caseNumber).node().path("safeContact").path("codeWord").asText())
                .isEqualTo("lantern");

        HttpResponse<String> saved = advocate.post("/cases/" + caseNumber + "/safe-contact",
                Map.of("safeDoNotContact", "true", "safeNote", "He has her phone"), page);
        assertThat(saved.statusCode()).isEqualTo(302);
        String after = new Session("fr").login("advocate1").get("/cases/" + caseNumber).body();
        assertThat(after).contains("La personne, en sécurité", "Attention : ne pas contacter la personne.", "He has her phone")
                .doesNotContain("lantern");
        assertThat(callerPanel(after)).doesNotContain("href=\"sms:", "href=\"tel:");
    }

    /** The caller's panel alone: the page's other panels (who to call now) have their own tel: links. */
    private static String callerPanel(String page) {
        int start = page.indexOf("id=\"caller\"");
        assertThat(start).as("the caller panel").isPositive();
        return page.substring(start, page.indexOf("</section>", start));
    }

    @Test
    @DisplayName("The intake page records a safe-contact plan with the case; a contradictory one is refused and opens nothing")
    void intakeWithAPlan() throws Exception {
        Session advocate = new Session("en").login("advocate1");
        HttpResponse<String> form = advocate.get("/intake");
        assertThat(form.body()).contains("Safe contact", "id=\"safeChannels-VOICEMAIL\"", "id=\"safeCodeWord\"");
        Map<String, String> fields = new java.util.LinkedHashMap<>(Map.of("channel", "PHONE", "callerType", "VICTIM",
                "language", "en", "province", "MB", "callbackNumber", "+1 204 555 0142 ext. 12",
                "safeChannels", "CALL", "safeTimes", "after 8 pm", "safeCodeWord", "snowdrop"));
        fields.put("safeDoNotContact", "true");
        fields.put("idempotencyKey", java.util.UUID.randomUUID().toString());
        HttpResponse<String> refused = advocate.post("/intake", fields, form.body());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"safeChannels-error\"", "snowdrop");

        fields.remove("safeDoNotContact");
        HttpResponse<String> opened = advocate.post("/intake", fields, refused.body());
        assertThat(opened.statusCode()).isEqualTo(302);
        String caseNumber = opened.headers().firstValue("Location").orElseThrow().replaceFirst(".*/cases/", "");
        org.hotline.support.Api api = new org.hotline.support.Api(port, new com.fasterxml.jackson.databind.ObjectMapper());
        com.fasterxml.jackson.databind.JsonNode plan = api.get("advocate1", "/api/cases/" + caseNumber).node().path("safeContact");
        assertThat(plan.path("channels").get(0).asText()).isEqualTo("CALL");
        assertThat(plan.path("safeTimes").asText()).isEqualTo("after 8 pm");
        assertThat(plan.path("codeWord").asText()).isEqualTo("snowdrop");
        assertThat(advocate.get("/cases/" + caseNumber).body()).contains("href=\"tel:+12045550142;ext=12\"", "snowdrop");
    }

    @Test
    @DisplayName("The case page shows who to call now as a tel: link; while \"Send referrals\" is open, the proposed "
            + "services with phone, hours, languages and whether they are open, and the form's options without a score")
    void whoToCallAndReferralChoices() throws Exception {
        org.hotline.support.Api api = new org.hotline.support.Api(port, new com.fasterxml.jackson.databind.ObjectMapper());
        Map<String, Object> request = org.hotline.support.Intakes.adultVictimInToronto();
        request.put("jurisdiction", new java.util.HashMap<>(Map.of("province", "MB", "municipality", "Winnipeg")));
        String caseNumber = api.post("advocate1", "/api/cases", request).node().path("caseNumber").asText();
        Session advocate = new Session("en").login("advocate1");
        String page = advocate.get("/cases/" + caseNumber).body();
        assertThat(page).contains("Who to call now", "id=\"call-now\"", "Lead agency:", "Local time in the jurisdiction")
                .containsPattern("href=\"tel:\\+1-204-555-011[01]\">Call \\+1-204-555-011[01]</a>");
        assertThat(page.indexOf("id=\"who-to-call\"")).as("before the tasks").isLessThan(page.indexOf("id=\"now-heading\""));
        assertThat(page).doesNotContain("id=\"proposed-services\"");
        assertThat(new Session("fr").login("advocate1").get("/cases/" + caseNumber).body())
                .contains("Qui appeler maintenant", "Appeler le +1-204-555-01");

        api.work("advocate1", caseNumber, "Task_ConfirmRisk", Map.of("riskLevel", "HIGH"));
        api.work("advocate1", caseNumber, "Task_RecordConsent", Map.of("consentWordingRead", true, "consentMethod", "VERBAL",
                "consentToServicesAnswer", "GRANTED", "consentToReportAnswer", "REFUSED"));
        String task = api.taskOf("advocate1", caseNumber, "Task_SendReferrals");
        String options = taskService.getVariableTyped(task, "proposedServices").getValue().toString();
        com.fasterxml.jackson.databind.JsonNode labels = new com.fasterxml.jackson.databind.ObjectMapper().readTree(options);
        assertThat(labels).isNotEmpty();
        for (com.fasterxml.jackson.databind.JsonNode option : labels) {
            assertThat(option.path("label").asText()).doesNotContain("score")
                    .containsPattern("· \\+1-\\d{3}-555-\\d{4} ·").containsPattern("· (EN|FR)(, [A-Z]{2})*( ·|$)");
        }
        assertThat(labels.findValuesAsText("label")).anyMatch(label -> label.contains("Mon–Fri 09:00–17:00")
                || label.contains("24/7"));
        String sending = advocate.get("/cases/" + caseNumber).body();
        assertThat(sending).contains("id=\"proposed-services\"", "Services proposed for referral")
                .containsPattern("(open now|closed now)").containsPattern("href=\"tel:\\+1-\\d{3}-555-\\d{4}\"");
    }

    @Test
    @DisplayName("The team queue shows 50 tasks a page, says how many it holds in all and leads to the next page,"
            + " in English and French: none is dropped unseen")
    void teamQueuePages() throws Exception {
        org.hotline.support.Api api = new org.hotline.support.Api(port, new com.fasterxml.jackson.databind.ObjectMapper());
        long total = Long.parseLong(api.get("advocate1", "/api/tasks?view=group&size=1").header("X-Total-Count"));
        while (total <= 50) {
            api.post("advocate1", "/api/cases", org.hotline.support.Intakes.adultVictimInToronto());
            total = Long.parseLong(api.get("advocate1", "/api/tasks?view=group&size=1").header("X-Total-Count"));
        }
        Session advocate = new Session("en").login("advocate1");
        String first = advocate.get("/").body();
        String queue = first.substring(first.indexOf("id=\"queue-heading\""));
        assertThat(queue).contains("Tasks 1–50 of " + total, "href=\"/?queue=1\"");
        assertThat(queue.split("data-task-id=", -1)).hasSize(51);
        String second = advocate.get("/?queue=1").body();
        String rest = second.substring(second.indexOf("id=\"queue-heading\""));
        assertThat(rest).contains("Tasks 51–" + Math.min(100, total) + " of " + total, "href=\"/?queue=0\"");
        assertThat(advocate.get("/?queue=999").body()).as("past the end: the last page")
                .contains(" of " + total).doesNotContain("Tasks 49951");
        assertThat(new Session("fr").login("advocate1").get("/").body()).contains("Tâches 1 à 50 sur " + total);
    }

    @Test
    @DisplayName("A task form's choices come in the .form file's order, in English and French (\"Yes\" before \"No\")")
    void choicesInTheFormsOrder() throws Exception {
        org.hotline.support.Api api = new org.hotline.support.Api(port, new com.fasterxml.jackson.databind.ObjectMapper());
        String caseNumber = api.post("advocate1", "/api/cases", org.hotline.support.Intakes.adultVictimInToronto()).node()
                .path("caseNumber").asText();
        api.work("advocate1", caseNumber, "Task_ConfirmRisk", Map.of("riskLevel", "HIGH"));
        String task = api.taskOf("advocate1", caseNumber, "Task_RecordConsent");
        assertThat(api.post("advocate1", "/api/tasks/" + task + "/claim", "").status()).isEqualTo(204);

        com.fasterxml.jackson.databind.JsonNode form = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(java.nio.file.Path.of("forms/record-consent.form").toFile());
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode component : form.path("components")) {
            if (component.path("values").isArray() && !component.path("values").isEmpty()) {
                expected.put(component.path("key").asText(), component.path("values").findValuesAsText("value"));
            }
        }
        assertThat(expected).containsKeys("consentMethod", "consentToServicesAnswer", "consentToReportAnswer");
        for (String language : List.of("en", "fr")) {
            String page = new Session(language).login("advocate1").get("/cases/" + caseNumber).body();
            expected.forEach((field, values) -> {
                Matcher offered = Pattern.compile("name=\"" + Pattern.quote(field) + "\" value=\"([A-Z_]+)\"|"
                        + "<option value=\"([A-Z_]+)\"[^>]*>").matcher(section(page, field));
                List<String> shown = new java.util.ArrayList<>();
                while (offered.find()) {
                    shown.add(offered.group(1) != null ? offered.group(1) : offered.group(2));
                }
                assertThat(shown).as(language + ": " + field).containsExactlyElementsOf(values);
            });
        }
    }

    /** The part of a page that draws one field's choices: from its first input to the end of its list. */
    private static String section(String page, String field) {
        int start = page.indexOf("name=\"" + field + "\"");
        assertThat(start).as(field + " on the page").isNotNegative();
        int end = page.indexOf("</fieldset>", start);
        int selectEnd = page.indexOf("</select>", start);
        if (selectEnd >= 0 && (end < 0 || selectEnd < end)) {
            end = selectEnd;
        }
        return page.substring(start, end);
    }

    /** A browser-like session: cookies, the Accept-Language header, the CSRF token of the last page. */
    private final class Session {

        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String language;

        Session(String language) {
            this.language = language;
        }

        URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                    .header("Accept-Language", language).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> fields, String page) throws IOException, InterruptedException {
            Matcher token = CSRF.matcher(page);
            assertThat(token.find()).as("CSRF token on the page").isTrue();
            String body = fields.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&")) + "&_csrf=" + token.group(1);
            return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                    .header("Accept-Language", language)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> login(String user, String password) throws IOException, InterruptedException {
            return post("/login", Map.of("username", user, "password", password), get("/login").body());
        }

        Session login(String user) throws IOException, InterruptedException {
            login(user, "demo");
            return this;
        }
    }
}
