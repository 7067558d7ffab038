package org.hotline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hotline.cluster.CrashRecoveryIT.PAGE_JOBS;
import static org.hotline.cluster.CrashRecoveryIT.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hotline.support.Api;
import org.hotline.support.Intakes;
import org.hotline.support.TestPager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes of the packaged application on one PostgreSQL, started at the same moment on an empty database: a case
 * opened on one is worked on the other, timers and asynchronous steps run once in effect, and when one node is
 * killed the other takes over its jobs once their lock expires.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeIT {

    private static final long LOCK_TIME_MILLIS = 10_000;

    private static ClusterDatabase db;
    private static AppNode a;
    private static AppNode b;

    @BeforeAll
    static void startTogether() {
        db = new ClusterDatabase();
        Map<String, String> settings = Map.of(
                "hotline.paging.url", TestPager.url(),
                "hotline.paging.timeout", "PT60S",
                "camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_TIME_MILLIS),
                "camunda.bpm.job-execution.wait-time-in-millis", "500",
                "camunda.bpm.job-execution.max-wait", "1000",
                // A critical case's first action is due in 3 s: its SLA timer fires during the test.
                "hotline.risk.levels.CRITICAL.sla-first-action", "PT3S");
        a = new AppNode("node-a", db.jdbcUrl(), settings);
        b = new AppNode("node-b", db.jdbcUrl(), settings);
        a.start();
        b.start();
        a.awaitReady(Duration.ofMinutes(4));
        b.awaitReady(Duration.ofMinutes(4));
    }

    @AfterAll
    static void stop() throws Exception {
        TestPager.answer();
        a.close();
        b.close();
        db.close();
    }

    @Test
    @Order(1)
    @DisplayName("Started together on an empty database: one schema, one deployment, the demo data once")
    void startedTogether() {
        assertThat(a.logText()).contains("Startup lock taken");
        assertThat(b.logText()).contains("Startup lock taken");
        assertThat(a.logText() + b.logText()).contains("Another node is starting on this database");
        assertThat(db.count("select count(*) from act_re_procdef where key_ = 'CaseLifecycleProcess'")).isOne();
        assertThat(db.count("select count(*) from act_id_user where id_ = 'advocate1'")).isOne();
        assertThat(db.count("select count(*) from (select name_, owner_ from act_ru_filter group by name_, owner_"
                + " having count(*) > 1) twice")).isZero();
        assertThat(db.count("select count(*) from (select resource_type_, resource_id_, group_id_, user_id_"
                + " from act_ru_authorization group by 1, 2, 3, 4 having count(*) > 1) twice")).isZero();
        long organizations = db.count("select count(*) from organization");
        long protocols = db.count("select count(*) from protocol");
        assertThat(organizations).isPositive();
        assertThat(db.count("select count(*) from (select name from organization group by name"
                + " having count(*) > 1) twice")).isZero();
        assertThat(db.count("select count(*) from (select province, municipality from protocol group by province, municipality"
                + " having count(*) > 1) twice")).isZero();
        System.out.printf("Both nodes ready; one deployment, %d organizations and %d protocols seeded once%n",
                organizations, protocols);
    }

    @Test
    @Order(2)
    @DisplayName("A case opened on one node is worked on the other")
    void openedOnOneWorkedOnTheOther() {
        String caseNumber = open(a.api(), false);
        Api other = b.api();
        String task = other.taskOf("advocate2", caseNumber, "Task_ConfirmRisk");
        assertThat(other.post("advocate2", "/api/tasks/" + task + "/claim", "").status()).isEqualTo(204);
        Api.Response completed = other.post("advocate2", "/api/tasks/" + task + "/complete",
                Map.of("variables", Map.of("riskLevel", "HIGH")));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(204);
        JsonNode file = a.api().get("advocate1", "/api/cases/" + caseNumber).node();
        assertThat(file.path("activeTasks").findValuesAsText("taskDefinitionKey")).containsExactly("Task_RecordConsent");
    }

    @Test
    @Order(3)
    @DisplayName("SLA timers polled by both nodes fire once each: one breach and one escalation per overdue task")
    void timersFireOnce() {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            AppNode node = i % 2 == 0 ? a : b;
            String caseNumber = open(node.api(), false);
            Api.Response raised = node.api().post("supervisor1", "/api/cases/" + caseNumber + "/risk-level",
                    Map.of("riskLevel", "CRITICAL", "reason", "Raised for the cluster test"));
            assertThat(raised.status()).as(raised.toString()).isEqualTo(204);
            cases.add(caseNumber);
        }
        // Two first actions are open on each case from intake, each with its own SLA timer: "Confirm risk
        // assessment" and "Record consent". The raise brings both forward.
        await("every SLA timer fired", Duration.ofMinutes(1), () -> cases.stream()
                .allMatch(n -> timeline(n, "SLA_BREACHED") >= 2));
        // Both nodes keep polling for a few more rounds: nothing fires a second time.
        AppNode.sleep(5000);
        for (String caseNumber : cases) {
            assertThat(timeline(caseNumber, "SLA_BREACHED")).as(caseNumber).isEqualTo(2);
            assertThat(db.count("select count(distinct e.detail) from timeline_event e join hotline_case c on c.id = e.case_id"
                    + " where c.case_number = ? and e.type = 'SLA_BREACHED'", caseNumber)).as("each task once").isEqualTo(2);
            assertThat(db.count("select count(*) from act_ru_task t join hotline_case c"
                    + " on c.process_instance_id = t.proc_inst_id_ where c.case_number = ?"
                    + " and t.task_def_key_ = 'Task_HandleEscalation'", caseNumber)).as(caseNumber).isEqualTo(2);
        }
        assertThat(db.count("select count(*) from notification where kind = 'SLA_BREACHED'")).isEqualTo(2L * cases.size());
    }

    @Test
    @Order(4)
    @DisplayName("Node A killed while holding pages: B sends them once A's lock expires; each case is paged once")
    void survivorTakesOverAfterTheLockExpires() {
        TestPager.hold();
        int receivedBefore = TestPager.received().size();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cases.add(open((i % 2 == 0 ? a : b).api(), true));
        }
        await("node A holding a page", Duration.ofSeconds(30), () -> TestPager.received().stream()
                .skip(receivedBefore).anyMatch(p -> "node-a".equals(p.node())));
        a.kill();
        Instant killedAt = Instant.now();
        TestPager.answer();
        await("every page sent", Duration.ofMinutes(2), () -> db.count(
                PAGE_JOBS) == 0);
        Duration takeover = Duration.between(killedAt, Instant.now());

        List<TestPager.Received> pages = TestPager.received().subList(receivedBefore, TestPager.received().size());
        Set<String> keys = new HashSet<>();
        long fromA = 0;
        long fromB = 0;
        for (TestPager.Received page : pages) {
            keys.add(page.idempotencyKey());
            fromA += "node-a".equals(page.node()) ? 1 : 0;
            fromB += "node-b".equals(page.node()) ? 1 : 0;
        }
        System.out.printf("Pages: %d deliveries (%d from A before its death, %d from B) for %d distinct pages of %d"
                + " cases; B finished A's jobs %d ms after the kill (lock time %d ms)%n", pages.size(), fromA, fromB,
                keys.size(), cases.size(), takeover.toMillis(), LOCK_TIME_MILLIS);
        assertThat(fromA).isPositive();
        // A's page was sent again by B with the same key: the gateway pages once per key.
        assertThat(keys).hasSize(cases.size());
        assertThat(pages.size()).isGreaterThan(cases.size());
        for (String caseNumber : cases) {
            assertThat(keys).anyMatch(key -> key.startsWith(caseNumber + "/"));
            assertThat(timeline(caseNumber, "SUPERVISOR_PAGED")).as(caseNumber).isOne();
        }
        assertThat(db.count("select count(*) from act_ru_incident")).isZero();
        assertThat(b.alive()).isTrue();
    }

    private static String open(Api api, boolean critical) {
        Map<String, Object> body = Intakes.adultVictimInToronto();
        body.put("imminentDanger", critical);
        Api.Response opened = api.post("advocate1", "/api/cases", body);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        return opened.node().path("caseNumber").asText();
    }

    private static long timeline(String caseNumber, String type) {
        return db.count("select count(*) from timeline_event e join hotline_case c on c.id = e.case_id"
                + " where c.case_number = ? and e.type = ?", caseNumber, type);
    }

}
