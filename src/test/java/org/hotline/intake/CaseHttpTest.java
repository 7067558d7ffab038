package org.hotline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.support.JsonLists.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.hotline.support.Api;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A case from intake to CLOSED through the HTTP API alone, as advocates and supervisors would work it. */
@HotlineSpringTest
class CaseHttpTest {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired JdbcTemplate jdbc;
    Api api;

    @BeforeEach
    void client() {
        api = new Api(port, json);
    }

    @Test
    @DisplayName("Intake, every task claimed and completed through /api/tasks, until the case is CLOSED")
    void caseWalksFromIntakeToClosed() {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        String summary = "Kept in a house on Example Street " + UUID.randomUUID();
        request.put("summary", summary);
        Api.Response opened = api.post("advocate1", "/api/cases", request);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String caseNumber = opened.node().path("caseNumber").asText();
        assertThat(caseNumber).matches("HT-\\d{4}-\\d{6}");
        assertThat(opened.node().path("status").asText()).isEqualTo("OPEN");
        assertThat(opened.node().path("riskLevel").asText()).isEqualTo("HIGH");

        work("advocate1", caseNumber, "Task_ConfirmRisk", Map.of("riskLevel", "HIGH"));
        JsonNode diagram = api.get("advocate1", "/api/cases/" + caseNumber + "/diagram").node();
        // Consent, and the reporting duties' branch that waits for it.
        assertThat(texts(diagram.path("activeActivityIds"))).containsExactlyInAnyOrder("Task_RecordConsent",
                "Event_ConsentRecorded");
        assertThat(texts(diagram.path("completedActivityIds"))).contains("Event_ContactReceived", "Task_AssessRisk",
                "Task_ConfirmRisk");
        assertThat(diagram.path("bpmnXml").asText()).contains("CaseLifecycleProcess");
        Api.Response page = api.get("advocate1", "/cases/" + caseNumber + "/diagram");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("bpmn-navigated-viewer.production.min.js", "/js/case-diagram.js", caseNumber,
                "data-diagram=", "&quot;activeActivityIds&quot;:[", "&quot;Task_RecordConsent&quot;");
        assertThat(api.get("advocate1", "/vendor/bpmn-js/LICENSE").status()).isEqualTo(200);
        work("advocate1", caseNumber, "Task_RecordConsent", Map.of("consentWordingRead", true, "consentMethod", "VERBAL",
                "consentToServicesAnswer", "GRANTED", "consentToReportAnswer", "GRANTED"));

        JsonNode file = caseFile("advocate1", caseNumber);
        assertThat(file.path("reportingAction").asText()).isEqualTo("REPORT_WITH_CONSENT");
        assertThat(file.path("protocol").path("matchedLevel").asText()).isEqualTo("MUNICIPALITY");
        JsonNode reportTask = activeTask(file, "Task_ReportWithConsent");
        String agency = reportTask.path("name").asText().substring("Report to ".length());
        work("advocate2", caseNumber, "Task_ReportWithConsent", Map.of("reportAgency", agency, "reportChannel", "PHONE",
                "reportContact", "Human trafficking unit, duty desk", "reportReference", "HTU-2026-0042",
                "agencyResponseNote", "Officer will meet the client with an advocate present"));

        String firstService = null;
        for (JsonNode referral : caseFile("advocate1", caseNumber).path("referrals")) {
            if (referral.path("status").asText().equals("PROPOSED")) {
                firstService = referral.path("serviceId").asText();
                break;
            }
        }
        assertThat(firstService).as("a proposed service").isNotNull();
        work("advocate1", caseNumber, "Task_SendReferrals", Map.of("selectedServiceIds", List.of(firstService)));
        long referralId = -1;
        for (JsonNode referral : caseFile("advocate1", caseNumber).path("referrals")) {
            if (referral.path("status").asText().equals("SENT")) {
                referralId = referral.path("id").asLong();
            }
        }
        Api.Response acknowledged = api.post("advocate1", "/api/cases/" + caseNumber + "/referrals/" + referralId + "/status",
                Map.of("status", "ACKNOWLEDGED"));
        assertThat(acknowledged.status()).as(acknowledged.toString()).isEqualTo(200);
        assertThat(acknowledged.node().path("answersPending").asBoolean()).isTrue();
        assertThat(api.post("advocate1", "/api/cases/" + caseNumber + "/referrals/" + referralId + "/status",
                Map.of("status", "SENT")).status()).as("no going back").isEqualTo(409);
        assertThat(api.post("advocate1", "/api/cases/" + caseNumber + "/referrals/" + referralId + "/status",
                Map.of("status", "LOST")).status()).isEqualTo(400);
        assertThat(api.post("advocate1", "/api/cases/" + caseNumber + "/referrals/" + referralId + "/status",
                Map.of("status", "ACCEPTED")).status()).isEqualTo(200);

        runDueTimer(caseNumber, "Event_FollowUpDue");
        work("advocate1", caseNumber, "Task_FollowUp", Map.of("followUpOutcome", "REFERRALS_CONFIRMED",
                "followUpNote", "Client settled at the shelter"));
        // While the case is still running: what the caller and the advocate wrote is in no engine table.
        assertNoPersonalTextInEngine("Example Street", "settled at the shelter", "meet the client with an advocate");
        // An escalation asked for now, for the supervisors alone: the case does not close over it.
        assertThat(api.post("advocate1", "/api/cases/" + caseNumber + "/escalations",
                Map.of("reason", "Caller called back, afraid again")).status()).isEqualTo(202);
        JsonNode approval = activeTask(caseFile("supervisor1", caseNumber), "Task_ApproveClosure");
        String approvalId = approval.path("id").asText();
        assertThat(api.post("supervisor1", "/api/tasks/" + approvalId + "/claim", "").status()).isEqualTo(204);
        Api.Response refused = api.post("supervisor1", "/api/tasks/" + approvalId + "/complete",
                Map.of("variables", Map.of("closureDecision", "APPROVED")));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.node().path("detail").asText()).startsWith("The case cannot close while these are open: ");
        String escalation = activeTask(caseFile("supervisor1", caseNumber), "Task_HandleRequestedEscalation")
                .path("id").asText();
        work("supervisor1", caseNumber, "Task_HandleRequestedEscalation", Map.of("escalationAction", "ADVISED",
                "escalationNote", "Talked it through with the advocate"));
        assertThat(api.post("supervisor1", "/api/tasks/" + approvalId + "/complete",
                Map.of("variables", Map.of("closureDecision", "APPROVED"))).status()).isEqualTo(204);

        JsonNode closed = caseFile("supervisor1", caseNumber);
        assertThat(closed.path("status").asText()).isEqualTo("CLOSED");
        assertThat(closed.path("activeTasks")).isEmpty();
        assertThat(texts(closed.path("consents"), "purpose")).containsExactly("REFER_TO_SERVICES", "REPORT_TO_LAW_ENFORCEMENT");
        assertThat(texts(closed.path("referrals"), "status")).contains("ACCEPTED");
        assertThat(texts(closed.path("reports"), "status")).containsExactly("SENT");
        assertThat(texts(closed.path("reports"), "reference")).containsExactly("HTU-2026-0042");
        assertThat(texts(closed.path("followUps"), "outcome")).containsExactly("REFERRALS_CONFIRMED");
        assertThat(texts(closed.path("timeline"), "type")).contains("CASE_OPENED", "RISK_ASSESSED", "RISK_CONFIRMED",
                "CONSENT_GRANTED", "REPORTING_DECIDED", "PROTOCOL_FOUND", "REPORT_MADE", "REFERRAL_SENT",
                "REFERRAL_ACCEPTED", "FOLLOW_UP", "CASE_CLOSED");
        assertThat(texts(closed.path("timeline"), "note")).contains("Client settled at the shelter");
        assertThat(closed.path("contacts").get(0).path("summary").asText()).isEqualTo(summary);

        assertNoPersonalTextInEngine("Example Street", "settled at the shelter", "meet the client with an advocate");
    }

    @Test
    @DisplayName("The same Idempotency-Key returns the same case with 200; with another body it is a 422")
    void idempotentIntake() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = Intakes.adultVictimInToronto();
        Api.Response first = api.post("advocate1", "/api/cases", request, Map.of("Idempotency-Key", key));
        Integer cases = jdbc.queryForObject("select count(*) from hotline_case", Integer.class);
        Api.Response again = api.post("advocate1", "/api/cases", request, Map.of("Idempotency-Key", key));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.node().path("caseNumber").asText()).isEqualTo(first.node().path("caseNumber").asText());
        assertThat(jdbc.queryForObject("select count(*) from hotline_case", Integer.class)).isEqualTo(cases);

        request.put("channel", "CHAT");
        Api.Response different = api.post("advocate1", "/api/cases", request, Map.of("Idempotency-Key", key));
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("Eight requests at once with one Idempotency-Key open exactly one case")
    void concurrentIdempotentIntake() throws Exception {
        String key = UUID.randomUUID().toString();
        Map<String, Object> request = Intakes.adultVictimInToronto();
        Integer before = jdbc.queryForObject("select count(*) from hotline_case", Integer.class);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Callable<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> api.post("advocate1", "/api/cases", request, Map.of("Idempotency-Key", key)));
            }
            List<Integer> statuses = new ArrayList<>();
            java.util.Set<String> caseNumbers = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Api.Response> result : pool.invokeAll(calls)) {
                statuses.add(result.get().status());
                caseNumbers.add(result.get().node().path("caseNumber").asText());
            }
            assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
            assertThat(caseNumbers).hasSize(1);
            assertThat(jdbc.queryForObject("select count(*) from hotline_case", Integer.class)).isEqualTo(before + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("A new contact on an open case returns it with 200; an unknown case is 404, a closed one 409")
    void newContact() {
        String caseNumber = api.post("advocate1", "/api/cases", Intakes.adultVictimInToronto()).node().path("caseNumber").asText();
        Map<String, Object> contact = Map.of("channel", "SMS", "callerType", "VICTIM", "language", "en",
                "summary", "Calling back from a new phone", "existingCaseNumber", caseNumber,
                "indicators", List.of("THREATS_OR_VIOLENCE"), "needs", List.of("HEALTH"));
        Api.Response added = api.post("advocate2", "/api/cases", contact);
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.node().path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(added.node().path("contacts")).hasSize(2);
        assertThat(texts(added.node().path("indicators"))).as("what the caller adds is kept").contains("THREATS_OR_VIOLENCE",
                "DEBT_BONDAGE");
        assertThat(texts(added.node().path("needs"))).contains("HEALTH", "SAFE_HOUSING");
        assertThat(texts(added.node().path("activeTasks"), "taskDefinitionKey")).contains("Task_ReviewNewContact");

        Api.Response unknown = api.post("advocate2", "/api/cases", Map.of("channel", "SMS", "callerType", "VICTIM",
                "language", "en", "existingCaseNumber", "HT-1999-999999"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.node().path("detail").asText()).contains("HT-1999-999999");

        String closedCase = closedCaseNumber();
        assertThat(api.get("advocate2", "/api/cases/" + closedCase).status())
                .as("an advocate who never worked on a closed case may not open it").isEqualTo(403);
        assertThat(api.get("advocate1", "/api/cases/" + closedCase).status()).isEqualTo(200);
        assertThat(api.get("supervisor1", "/api/cases/" + closedCase).status()).isEqualTo(200);
        assertThat(api.post("advocate2", "/api/cases/" + closedCase + "/escalations", Map.of("reason", "x")).status())
                .isEqualTo(403);
        Api.Response closed = api.post("advocate2", "/api/cases", Map.of("channel", "SMS", "callerType", "VICTIM",
                "language", "en", "existingCaseNumber", closedCase));
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.node().path("detail").asText()).contains("closed");
    }

    @Test
    @DisplayName("A contact added to a case the advocate may not read: 202 with the case number only, a supervisor "
            + "reviews it, and adding it earns no access to the case")
    void contactOnACaseTheAdvocateMayNotRead() {
        String caseNumber = api.caseWaitingForFollowUp("advocate1");
        assertThat(api.get("advocate2", "/api/cases/" + caseNumber).status()).isEqualTo(403);
        Map<String, Object> contact = Map.of("channel", "SMS", "callerType", "VICTIM", "language", "en",
                "summary", "Calling back about the van", "callerName", "Ana Example", "existingCaseNumber", caseNumber);
        String key = UUID.randomUUID().toString();
        Api.Response added = api.post("advocate2", "/api/cases", contact, Map.of("Idempotency-Key", key));
        assertThat(added.status()).as(added.toString()).isEqualTo(202);
        assertThat(added.node().path("caseNumber").asText()).isEqualTo(caseNumber);
        assertThat(added.node().path("reviewedBy").asText()).isEqualTo("supervisors");
        assertThat(added.body()).doesNotContain("contacts", "timeline", "Toronto", "Ana Example", "van", "riskLevel");
        Api.Response replayed = api.post("advocate2", "/api/cases", contact, Map.of("Idempotency-Key", key));
        assertThat(replayed.status()).as("a retried request answers the same, without the case file").isEqualTo(202);
        assertThat(replayed.body()).doesNotContain("contacts", "Ana Example");

        assertThat(api.get("advocate2", "/api/cases/" + caseNumber).status()).as("adding a contact earns no access")
                .isEqualTo(403);
        Long caseId = jdbc.queryForObject("select id from hotline_case where case_number = ?", Long.class, caseNumber);
        assertThat(jdbc.queryForObject("select count(*) from case_participant where case_id = ? and user_id = 'advocate2'",
                Integer.class, caseId)).isZero();
        JsonNode file = api.get("supervisor1", "/api/cases/" + caseNumber).node();
        assertThat(file.path("contacts")).as("the contact is kept, once").hasSize(2);
        JsonNode review = null;
        for (JsonNode task : file.path("activeTasks")) {
            if (task.path("taskDefinitionKey").asText().equals("Task_ReviewNewContact")) {
                review = task;
            }
        }
        assertThat(review).as(file.path("activeTasks").toString()).isNotNull();
        assertThat(texts(review.path("candidateGroups"))).containsExactly("supervisors");
        assertThat(api.post("advocate2", "/api/tasks/" + review.path("id").asText() + "/claim", "").status())
                .as("the advocate may not take the review").isIn(403, 404);
        assertThat(api.post("supervisor1", "/api/tasks/" + review.path("id").asText() + "/claim", "").status())
                .isEqualTo(204);
    }

    @Test
    @DisplayName("Nothing without a login; designers may not open or read cases")
    void authentication() {
        assertThat(api.post(null, "/api/cases", Intakes.adultVictimInToronto()).status()).isEqualTo(401);
        assertThat(api.get(null, "/api/tasks").status()).isEqualTo(401);
        assertThat(api.get(null, "/engine-rest/task").status()).isEqualTo(401);
        assertThat(api.get("designer1", "/api/cases").status()).isEqualTo(403);
        assertThat(api.post("designer1", "/api/cases", Intakes.adultVictimInToronto()).status()).isEqualTo(403);
        assertThat(api.get("advocate1", "/engine-rest/task?maxResults=1").status()).as("the engine API is not for advocates")
                .isEqualTo(403);
        assertThat(api.get("designer1", "/engine-rest/process-definition?maxResults=1").status()).isEqualTo(200);
        assertThat(api.put("designer1", "/engine-rest/group/supervisors/members/designer1", Map.of()).status())
                .as("a designer may not join another group").isEqualTo(403);
        assertThat(api.put("designer1", "/engine-rest/user/admin/credentials", Map.of("password", "x".repeat(20),
                "authenticatedUserPassword", "demo")).status()).as("nor change another user's password").isEqualTo(403);
        assertThat(api.put("admin", "/engine-rest/group/designers/members/advocate2", Map.of()).status())
                .as("an administrator may").isEqualTo(204);
        assertThat(api.delete("admin", "/engine-rest/group/designers/members/advocate2").status()).isEqualTo(204);
        assertThat(api.get("advocate1", "/camunda/api/admin/auth/user/default").status())
                .as("every webapp may ask who is logged in").isNotEqualTo(403);
        assertThat(api.get("advocate1", "/camunda/app/admin/default/").status()).isEqualTo(403);
        assertThat(api.get("advocate1", "/api/indicators").node().findValuesAsText("code")).contains("DEBT_BONDAGE");
        assertThat(api.get("advocate1", "/api/needs").node().findValuesAsText("fr")).contains("Aide juridique");
        assertThat(api.get(null, "/v3/api-docs").status()).isEqualTo(401);
        Api.Response apiDocs = api.get("advocate1", "/v3/api-docs");
        assertThat(apiDocs.status()).isEqualTo(200);
        assertThat(apiDocs.node().path("paths").has("/api/cases/{caseNumber}/escalations")).isTrue();
        assertThat(api.get("advocate1", "/swagger-ui/index.html").status()).isEqualTo(200);
        assertThat(api.get(null, "/camunda/api/engine/engine/default/task").status()).isEqualTo(401);
        assertThat(api.post(null, "/camunda/api/admin/setup/default/user/create", Map.of()).status()).isEqualTo(401);
        assertThat(api.post("admin", "/camunda/api/admin/setup/default/user/create", Map.of()).status())
                .as("first-run admin setup is closed, even to an admin").isEqualTo(403);
        assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
        Map<String, Object> migration = Map.of("processKey", "CaseLifecycleProcess", "sourceVersion", 1, "targetVersion", 1);
        assertThat(api.post("advocate1", "/api/migrations/preview", migration).status()).isEqualTo(403);
        assertThat(api.post("supervisor1", "/api/migrations", migration).status()).isEqualTo(403);
        assertThat(api.post("designer1", "/api/migrations/preview", migration).status()).isEqualTo(200);
        assertThat(api.post("designer1", "/api/migrations/preview", Map.of("processKey", "CaseLifecycleProcess",
                "sourceVersion", 1, "targetVersion", 99)).node().path("errors").findValuesAsText("field")).contains("targetVersion");
    }

    @Test
    @DisplayName("Case lists: supervisors see all cases, advocates the cases they worked on")
    void caseLists() {
        String mine = api.post("advocate2", "/api/cases", Intakes.adultVictimInToronto()).node().path("caseNumber").asText();
        List<String> advocateList = api.get("advocate2", "/api/cases?status=OPEN&size=200").node().path("items")
                .findValuesAsText("caseNumber");
        assertThat(advocateList).contains(mine);
        Api.Response supervisor = api.get("supervisor1", "/api/cases?jurisdiction=ON&size=200");
        assertThat(supervisor.node().path("total").asLong()).isGreaterThanOrEqualTo(advocateList.size());
        assertThat(api.get("supervisor1", "/api/cases?riskLevel=EXTREME").status()).isEqualTo(400);
    }

    // ------------------------------------------------------------------ helpers

    private void assertNoPersonalTextInEngine(String... texts) {
        assertThat(jdbc.queryForObject("select count(*) from act_ru_variable", Integer.class))
                .as("the running case has variables to look at").isPositive();
        for (String text : texts) {
            String like = "%" + text + "%";
            assertThat(jdbc.queryForObject("select count(*) from act_ru_variable where text_ like ? or text2_ like ?",
                    Integer.class, like, like)).as(text + " in act_ru_variable").isZero();
            assertThat(jdbc.queryForObject("select count(*) from act_ge_bytearray where encode(bytes_, 'escape') like ?",
                    Integer.class, like)).as(text + " in act_ge_bytearray").isZero();
            assertThat(jdbc.queryForObject("select count(*) from act_ru_task where name_ like ? or description_ like ?",
                    Integer.class, like, like)).as(text + " in act_ru_task").isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from act_hi_detail", Integer.class)).isZero();
    }

    /** Finds the case's task in the queue, claims it, checks it is in "mine", and completes it. */
    private void work(String user, String caseNumber, String taskKey, Map<String, Object> variables) {
        JsonNode task = null;
        for (JsonNode candidate : api.tasks(user, "group")) {
            if (candidate.path("caseNumber").asText().equals(caseNumber)
                    && candidate.path("taskDefinitionKey").asText().equals(taskKey)) {
                task = candidate;
            }
        }
        assertThat(task).as(taskKey + " in the group queue of " + user).isNotNull();
        String id = task.path("id").asText();
        assertThat(api.post(user, "/api/tasks/" + id + "/claim", "").status()).isEqualTo(204);
        assertThat(api.tasks(user, "mine").stream().map(t -> t.path("id").asText())).contains(id);
        Api.Response completed = api.post(user, "/api/tasks/" + id + "/complete", Map.of("variables", variables));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
    }

    private JsonNode caseFile(String user, String caseNumber) {
        Api.Response response = api.get(user, "/api/cases/" + caseNumber);
        assertThat(response.status()).isEqualTo(200);
        return response.node();
    }

    private JsonNode activeTask(JsonNode file, String key) {
        for (JsonNode task : file.path("activeTasks")) {
            if (task.path("taskDefinitionKey").asText().equals(key)) {
                return task;
            }
        }
        throw new AssertionError("No active " + key + " in " + file.path("activeTasks"));
    }

    private void runDueTimer(String caseNumber, String activityId) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult().getId();
        Job job = management.createJobQuery().processInstanceId(instance).activityId(activityId).singleResult();
        assertThat(job).as("timer " + activityId).isNotNull();
        management.executeJob(job.getId());
    }

    private String closedCaseNumber() {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("indicators", List.of());
        String caseNumber = api.post("advocate1", "/api/cases", request).node().path("caseNumber").asText();
        work("advocate1", caseNumber, "Task_ConfirmRisk", Map.of("riskLevel", "LOW"));
        work("advocate1", caseNumber, "Task_RecordConsent", Map.of("consentWordingRead", true, "consentMethod", "VERBAL",
                "consentToServicesAnswer", "REFUSED", "consentToReportAnswer", "REFUSED"));
        runDueTimer(caseNumber, "Event_FollowUpDue");
        work("advocate1", caseNumber, "Task_FollowUp", Map.of("followUpOutcome", "REFERRALS_CONFIRMED"));
        assertThat(caseFile("advocate1", caseNumber).path("status").asText()).isEqualTo("CLOSED");
        return caseNumber;
    }

}
