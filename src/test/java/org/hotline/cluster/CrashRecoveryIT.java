package org.hotline.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
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
 * The packaged application as its own process on a PostgreSQL that runs as another: killed with SIGKILL in the
 * middle of a burst of intakes and task completions, then started again, it has lost nothing and made nothing
 * twice; stopped with SIGTERM, it finishes what it was doing first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashRecoveryIT {

    private static final Duration START = Duration.ofMinutes(3);

    /** Jobs of "Page on-call supervisor" not yet done. */
    static final String PAGE_JOBS = "select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_"
            + " where d.act_id_ = 'Task_PageOnCallSupervisor'";

    private static ClusterDatabase db;
    private static AppNode node;

    @BeforeAll
    static void start() {
        db = new ClusterDatabase();
        node = new AppNode("crash", db.jdbcUrl(), Map.of(
                "hotline.paging.url", TestPager.url(),
                // A page held at the gateway waits for the test, not for the usual 10 s.
                "hotline.paging.timeout", "PT60S",
                "camunda.bpm.job-execution.lock-time-in-millis", "10000",
                "camunda.bpm.job-execution.wait-time-in-millis", "500",
                "camunda.bpm.job-execution.max-wait", "2000"));
        node.start().awaitReady(START);
    }

    @AfterAll
    static void stop() throws Exception {
        TestPager.answer();
        node.close();
        db.close();
    }

    /** One intake as the client saw it: the answer, or none when the node died first. */
    record Intake(String key, Map<String, Object> body, boolean critical, int status, String caseNumber) {
    }

    /** One completion of "Confirm risk assessment" as the client saw it. */
    record Completion(String caseNumber, int status) {
    }

    @Test
    @Order(1)
    @DisplayName("SIGKILL mid-burst: every 201 has its case and instance, none without the other, none twice; work resumes")
    void sigkillMidBurst() throws Exception {
        ConcurrentLinkedQueue<Intake> intakes = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Completion> completions = new ConcurrentLinkedQueue<>();
        AtomicInteger created = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        int clients = 4;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> burst(node.api(), intakes, completions, created, stop)));
        }
        await("30 cases opened before the kill", Duration.ofMinutes(2), () -> created.get() >= 30);
        node.kill();
        Instant killedAt = Instant.now();
        stop.set(true);
        for (Future<?> client : running) {
            client.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        long unanswered = intakes.stream().filter(i -> i.status() < 0).count();
        long answeredCompletions = completions.stream().filter(c -> c.status() == 204).count();
        System.out.printf("Killed with SIGKILL after %d intakes answered 201 (%d unanswered) and %d completions"
                + " answered 204; restarting%n", created.get(), unanswered, answeredCompletions);

        node.start().awaitReady(START);
        System.out.printf("Restarted in %d s%n", Duration.between(killedAt, Instant.now()).toSeconds());
        Api api = node.api();

        // The client sends each unanswered intake again with its key: one case per key, whatever happened.
        Map<String, String> caseOfKey = new HashMap<>();
        int committedButUnanswered = 0;
        for (Intake intake : intakes) {
            if (intake.status() == 201) {
                caseOfKey.put(intake.key(), intake.caseNumber());
                continue;
            }
            assertThat(intake.status()).as("an intake answered other than 201").isNegative();
            Api.Response again = api.post("advocate1", "/api/cases", intake.body(),
                    Map.of("Idempotency-Key", intake.key()));
            assertThat(again.status()).as(again.toString()).isIn(200, 201);
            committedButUnanswered += again.status() == 200 ? 1 : 0;
            caseOfKey.put(intake.key(), again.node().path("caseNumber").asText());
        }
        System.out.printf("Resent %d unanswered intakes: %d had been committed before the kill%n", unanswered,
                committedButUnanswered);

        // Every answered intake has its case and its process instance.
        for (Intake intake : intakes) {
            if (intake.status() == 201) {
                assertThat(db.count("select count(*) from hotline_case c join act_ru_execution e"
                        + " on e.id_ = c.process_instance_id and e.business_key_ = c.case_number"
                        + " where c.case_number = ?", intake.caseNumber())).as(intake.caseNumber()).isOne();
            }
        }
        // No case without an instance, no instance without a case, nothing twice.
        assertThat(db.count("select count(*) from hotline_case c where c.process_instance_id is null"
                + " or not exists (select 1 from act_hi_procinst p where p.id_ = c.process_instance_id)")).isZero();
        assertThat(db.count("select count(*) from act_hi_procinst p where p.proc_def_key_ = 'CaseLifecycleProcess'"
                + " and not exists (select 1 from hotline_case c where c.case_number = p.business_key_)")).isZero();
        assertThat(db.count("select count(*) from (select business_key_ from act_hi_procinst"
                + " group by business_key_ having count(*) > 1) twice")).isZero();
        assertThat(new HashSet<>(caseOfKey.values())).hasSize(caseOfKey.size());
        assertThat(db.count("select count(*) from idempotency_key where case_number is null")).isZero();
        assertThat(db.count("select count(*) from hotline_case")).isEqualTo(caseOfKey.size());

        assertThat(completions).allSatisfy(c -> assertThat(c.status()).isIn(204, -1));
        // A completion answered 204 moved its case on; one without an answer did or did not, never half: the task
        // is gone exactly when the confirmation is on the case's timeline. "Record consent" is open from intake on.
        for (Completion completion : completions) {
            long confirm = openTasks(completion.caseNumber(), "Task_ConfirmRisk");
            long consent = openTasks(completion.caseNumber(), "Task_RecordConsent");
            long confirmed = db.count("select count(*) from timeline_event e join hotline_case c on c.id = e.case_id"
                    + " where c.case_number = ? and e.type in ('RISK_CONFIRMED', 'RISK_CHANGED')", completion.caseNumber());
            assertThat(consent).as(completion.caseNumber()).isOne();
            if (completion.status() == 204) {
                assertThat(confirm).as(completion.caseNumber()).isZero();
            }
            assertThat(confirm + confirmed).as(completion.caseNumber()).isOne();
        }

        // The work resumes: tasks left open are worked on the restarted node ...
        String waiting = caseOfKey.values().stream().filter(n -> openTasks(n, "Task_ConfirmRisk") == 1)
                .findFirst().orElseThrow();
        assertThat(confirmRisk(api, waiting)).isEqualTo(204);
        assertThat(openTasks(waiting, "Task_RecordConsent")).isOne();
        // ... and every critical case's page, including those the dead node held, is sent once its lock expires.
        Set<String> critical = new HashSet<>();
        intakes.stream().filter(Intake::critical).forEach(i -> critical.add(caseOfKey.get(i.key())));
        assertThat(critical).isNotEmpty();
        await("every page sent", Duration.ofMinutes(2),
                () -> db.count(PAGE_JOBS) == 0);
        for (String caseNumber : critical) {
            assertThat(timeline(caseNumber, "SUPERVISOR_PAGED")).as(caseNumber).isOne();
        }
        assertThat(db.count("select count(*) from act_ru_incident")).isZero();
        System.out.printf("After the restart: %d cases, each once; %d critical cases paged once each%n",
                caseOfKey.size(), critical.size());
    }

    @Test
    @Order(2)
    @DisplayName("SIGTERM: requests in flight are answered, a running job finishes, then the process exits")
    void sigtermFinishesWhatIsInFlight() throws Exception {
        Api api = node.api();
        TestPager.hold();
        Map<String, Object> urgent = Intakes.adultVictimInToronto();
        urgent.put("imminentDanger", true);
        Api.Response opened = api.post("advocate1", "/api/cases", urgent, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(opened.status()).isEqualTo(201);
        String held = opened.node().path("caseNumber").asText();
        int heldBefore = TestPager.held();
        await("the page held at the gateway", Duration.ofSeconds(30), () -> TestPager.held() > heldBefore
                || TestPager.received().stream().anyMatch(p -> p.body().contains(held)));

        ConcurrentLinkedQueue<Intake> intakes = new ConcurrentLinkedQueue<>();
        AtomicInteger created = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<Completion> completions = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            running.add(pool.submit(() -> burst(node.api(), intakes, completions, created, stop)));
        }
        await("intakes flowing", Duration.ofSeconds(30), () -> created.get() >= 5);
        int createdAtSignal = created.get();
        Instant sent = Instant.now();
        // The gateway answers two seconds into the shutdown: the job holding the page must be waited for.
        Thread answer = new Thread(() -> {
            AppNode.sleep(2000);
            TestPager.answer();
        });
        answer.start();
        int exit = node.terminate(Duration.ofSeconds(60));
        Duration took = Duration.between(sent, Instant.now());
        stop.set(true);
        for (Future<?> client : running) {
            client.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        answer.join();
        System.out.printf("SIGTERM: exited with %d after %d ms; %d intakes answered 201 and %d completions 204"
                + " (%d after the signal), %d requests refused a connection afterwards%n", exit, took.toMillis(),
                intakes.stream().filter(i -> i.status() == 201).count(),
                completions.stream().filter(c -> c.status() == 204).count(), created.get() - createdAtSignal,
                intakes.stream().filter(i -> i.status() < 0).count()
                        + completions.stream().filter(c -> c.status() < 0).count());

        assertThat(exit).isEqualTo(143);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(2)).isLessThan(Duration.ofSeconds(35));
        // A request the node took was answered in full; after that, connections were refused, never cut mid-answer.
        assertThat(intakes).allSatisfy(i -> assertThat(i.status()).isIn(201, -1));
        assertThat(completions).allSatisfy(c -> assertThat(c.status()).isIn(204, -1));
        assertThat(node.logText()).contains("Graceful shutdown complete");

        node.start().awaitReady(START);
        // The job that was running finished before the exit: its page is recorded, nothing is left to run.
        assertThat(timeline(held, "SUPERVISOR_PAGED")).isOne();
        for (Intake intake : intakes) {
            if (intake.status() == 201) {
                assertThat(db.count("select count(*) from hotline_case where case_number = ?", intake.caseNumber()))
                        .isOne();
            }
        }
    }

    /** A client: opens cases with an Idempotency-Key, every fourth in imminent danger, and confirms the risk of
     * every other case it opened, until the node stops answering. */
    private static void burst(Api api, ConcurrentLinkedQueue<Intake> intakes,
                              ConcurrentLinkedQueue<Completion> completions, AtomicInteger created, AtomicBoolean stop) {
        List<String> mine = new ArrayList<>();
        for (int i = 0; !stop.get(); i++) {
            String key = UUID.randomUUID().toString();
            boolean critical = i % 4 == 0;
            Map<String, Object> body = Intakes.adultVictimInToronto();
            body.put("imminentDanger", critical);
            try {
                Api.Response response = api.post("advocate1", "/api/cases", body, Map.of("Idempotency-Key", key));
                String caseNumber = response.status() == 201 ? response.node().path("caseNumber").asText() : null;
                intakes.add(new Intake(key, body, critical, response.status(), caseNumber));
                if (caseNumber == null) {
                    return;
                }
                created.incrementAndGet();
                mine.add(caseNumber);
            } catch (UncheckedIOException nodeGone) {
                intakes.add(new Intake(key, body, critical, -1, null));
                return;
            }
            if (i % 2 == 1) {
                String caseNumber = mine.get(mine.size() - 2);
                try {
                    completions.add(new Completion(caseNumber, confirmRisk(api, caseNumber)));
                } catch (UncheckedIOException nodeGone) {
                    completions.add(new Completion(caseNumber, -1));
                    return;
                }
            }
        }
    }

    /** Claims and completes the case's "Confirm risk assessment"; the status of the completion. */
    private static int confirmRisk(Api api, String caseNumber) {
        String taskId = null;
        Api.Response file = api.get("advocate1", "/api/cases/" + caseNumber);
        if (file.status() != 200) {
            return file.status();
        }
        for (JsonNode task : file.node().path("activeTasks")) {
            if (task.path("taskDefinitionKey").asText().equals("Task_ConfirmRisk")) {
                taskId = task.path("id").asText();
            }
        }
        assertThat(taskId).as("Confirm risk assessment of " + caseNumber).isNotNull();
        Api.Response claim = api.post("advocate1", "/api/tasks/" + taskId + "/claim", "");
        if (claim.status() != 204) {
            return claim.status();
        }
        Api.Response completed = api.post("advocate1", "/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("riskLevel", "HIGH", "riskOverrideNote",
                        "Safe with family tonight: the danger has passed")));
        return completed.status();
    }

    private static long openTasks(String caseNumber, String taskKey) {
        return db.count("select count(*) from act_ru_task t join hotline_case c on c.process_instance_id = t.proc_inst_id_"
                + " where c.case_number = ? and t.task_def_key_ = ?", caseNumber, taskKey);
    }

    private static long timeline(String caseNumber, String type) {
        return db.count("select count(*) from timeline_event e join hotline_case c on c.id = e.case_id"
                + " where c.case_number = ? and e.type = ?", caseNumber, type);
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        Instant giveUp = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("Not within " + timeout + ": " + what);
            }
            AppNode.sleep(200);
        }
    }
}
