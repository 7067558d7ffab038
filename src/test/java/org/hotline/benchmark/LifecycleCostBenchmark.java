package org.hotline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jdk.jfr.Recording;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.hotline.benchmark.FlameGraph.Layer;
import org.hotline.benchmark.FlameGraph.Node;
import org.hotline.benchmark.StatementCounter.Kind;
import org.hotline.benchmark.StatementCounter.Snapshot;
import org.hotline.casefile.CaseStatus;
import org.hotline.intake.IntakeRequest;
import org.hotline.intake.IntakeService;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.referral.ReferralService;
import org.hotline.referral.ReferralStatus;
import org.hotline.support.BenchmarkReport;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.hotline.tasks.HotlineTaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What each step of a case after its intake costs, on the "referral only" path the engine benchmark's lifecycle takes
 * (EngineBenchmark's {@code hotlineCase}): the claims, the completions and what runs after each, the service's answer,
 * the follow-up timer. The steps go through the service layer as advocate1, one case at a time, on a thread of the
 * benchmark's own ({@code case-lifecycle}) whose statements the {@link StatementCounter} counts; the intake and the
 * benchmark's look-ups between the steps stay out of the figures. A Java Flight Recorder profile of that thread gives
 * the CPU by layer. The database writes every commit through to disk (a kept data directory under {@code target/}).
 * Run alone: {@code mvn -Pbenchmark verify -Dtest=LifecycleCostBenchmark}. Size: {@code -Dbenchmark.cases=} (60 by
 * default, after 10 not measured).
 */
@HotlineSpringTest
class LifecycleCostBenchmark {

    private static final String SECTION = "## Case lifecycle: statements per step";
    private static final String COMMAND = "mvn -B -o -Pbenchmark verify -Dtest=LifecycleCostBenchmark -Djacoco.skip=true";

    private static final int CASES = Integer.getInteger("benchmark.cases", 60);
    private static final int WARM_UP = 10;
    private static final Duration SAMPLING = Duration.ofMillis(5);
    private static final String THREAD = "case-lifecycle";

    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired IntakeService intake;
    @Autowired HotlineTaskService hotlineTasks;
    @Autowired ReferralService referrals;
    @Autowired TaskService engineTasks;
    @Autowired ManagementService management;

    @DynamicPropertySource
    static void durableDatabase(DynamicPropertyRegistry registry) throws IOException {
        BenchmarkReport.keptDatabase(registry, "lifecycle-cost-benchmark");
    }

    /** The counting wrapper around the application's data source: for this benchmark only. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    /** One step's totals over the measured cases. */
    static final class Step {
        long nanos;
        Snapshot counts;
        final Map<String, Long> texts = new HashMap<>();

        void add(long stepNanos, Snapshot stepCounts, Map<String, Long> stepTexts) {
            nanos += stepNanos;
            counts = counts == null ? stepCounts : plus(counts, stepCounts);
            stepTexts.forEach((text, n) -> texts.merge(text, n, Long::sum));
        }
    }

    private final Map<String, Step> steps = new LinkedHashMap<>();
    /** The intakes run on a thread of their own, so that neither the counts nor the profile take them in. */
    private final ExecutorService intakes = Executors.newSingleThreadExecutor(r -> new Thread(() -> {
        asAdvocate();
        r.run();
    }, "intake"));
    private boolean measuring;

    @Test
    @DisplayName("Each step after the intake of a \"referral only\" case: statements by kind, commits, ms, and a CPU profile")
    void lifecycleCost() throws Exception {
        String fsync = jdbc.queryForObject("show fsync", String.class);
        String postgres = jdbc.queryForObject("show server_version", String.class);
        System.out.printf("%n[lifecycle cost] PostgreSQL %s, fsync=%s%n", postgres, fsync);
        String loadBefore = BenchmarkReport.loadAverage();
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> new Thread(r, THREAD));
        Path recordingFile = Path.of("target", "lifecycle-cost.jfr");
        try {
            thread.submit(() -> {
                asAdvocate();
                for (int i = 0; i < WARM_UP; i++) {
                    hotlineCase();
                }
                return null;
            }).get();
            if (Boolean.getBoolean("benchmark.trace")) {
                StatementCounter.tracing = true;
                thread.submit(() -> {
                    hotlineCase();
                    return null;
                }).get();
                StatementCounter.tracing = false;
            }
            try (Recording recording = new Recording()) {
                recording.enable("jdk.ExecutionSample").withPeriod(SAMPLING);
                recording.start();
                measuring = true;
                thread.submit(() -> {
                    for (int i = 0; i < CASES; i++) {
                        hotlineCase();
                    }
                    return null;
                }).get();
                measuring = false;
                recording.stop();
                recording.dump(recordingFile);
            }
        } finally {
            thread.shutdown();
            intakes.shutdown();
        }
        String loadAfter = BenchmarkReport.loadAverage();
        FlameGraph profile = FlameGraph.read(recordingFile, THREAD);

        steps.forEach((name, step) -> {
            System.out.printf(Locale.ROOT, "[lifecycle cost] %-45s %6.2f ms  %5.1f statements %s, %.1f commits%n",
                    name, ms(step), per(step.counts.statements()), perKind(step.counts), per(step.counts.commits()));
            step.texts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> System.out.printf(Locale.ROOT, "[lifecycle cost]     %5.2f x %s%n",
                            per(e.getValue()), e.getKey()));
        });
        System.out.printf(Locale.ROOT, "[lifecycle cost] profile: %,d samples of %s (%.1f ms of CPU per case)%n",
                profile.samples, THREAD, (double) profile.samples * SAMPLING.toMillis() / CASES);
        for (Layer layer : Layer.values()) {
            System.out.printf(Locale.ROOT, "[lifecycle cost]   %-80s %5.1f%%%n", layer.label, share(profile, layer));
        }
        Map<String, Long> inclusive = new HashMap<>();
        inclusive(profile.root, new HashSet<>(), inclusive);
        inclusive.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(30)
                .forEach(e -> System.out.printf(Locale.ROOT, "[lifecycle cost]   with callees %-90s %5.1f%%%n",
                        e.getKey(), 100.0 * e.getValue() / Math.max(1, profile.samples)));
        profile.selfTime.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .forEach(e -> System.out.printf(Locale.ROOT, "[lifecycle cost]   self %-90s %5.1f%%%n", e.getKey(),
                        100.0 * e.getValue() / Math.max(1, profile.samples)));

        BenchmarkReport.writeSection(SECTION, section(postgres, fsync, profile, loadBefore, loadAfter));
        assertThat(steps).isNotEmpty();
    }

    /** "Referral only", intake to CLOSED: EngineBenchmark's hotlineCase, step by step. */
    private void hotlineCase() throws Exception {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("indicators", List.of());
        request.put("needs", List.of("SAFE_HOUSING"));
        String caseNumber = intakes.submit(() -> intake.take(json.convertValue(request, IntakeRequest.class),
                UUID.randomUUID().toString()).caseFile().caseNumber).get();
        String instance = jdbc.queryForObject("select process_instance_id from hotline_case where case_number = ?",
                String.class, caseNumber);
        work(instance, CaseLifecycle.TASK_CONFIRM_RISK, Map.of("riskLevel", "LOW"));
        work(instance, CaseLifecycle.TASK_RECORD_CONSENT, Map.of("consentWordingRead", true, "consentMethod",
                "VERBAL", "consentToServicesAnswer", "GRANTED", "consentToReportAnswer", "REFUSED"));
        String service = jdbc.queryForObject("select r.service_id from referral r join hotline_case c on c.id = r.case_id"
                + " where c.case_number = ? and r.status = 'PROPOSED' order by r.id limit 1", String.class, caseNumber);
        work(instance, CaseLifecycle.TASK_SEND_REFERRALS, Map.of("selectedServiceIds", List.of(service)));
        Long referral = jdbc.queryForObject("select r.id from referral r join hotline_case c on c.id = r.case_id"
                + " where c.case_number = ? and r.status = 'SENT'", Long.class, caseNumber);
        step("service's answer (ReferralService.answer)",
                () -> referrals.answer(caseNumber, referral, ReferralStatus.ACCEPTED));
        Job followUpDue = management.createJobQuery().processInstanceId(instance)
                .activityId(CaseLifecycle.EVENT_FOLLOW_UP_DUE).singleResult();
        step("follow-up timer (job)", () -> management.executeJob(followUpDue.getId()));
        work(instance, CaseLifecycle.TASK_FOLLOW_UP, Map.of("followUpOutcome", "REFERRALS_CONFIRMED"));
        assertThat(jdbc.queryForObject("select status from hotline_case where case_number = ?", String.class, caseNumber))
                .isEqualTo(CaseStatus.CLOSED.name());
    }

    private void work(String instance, String taskKey, Map<String, Object> values) {
        Task task = engineTasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey).isNotNull();
        step("claim \"" + task.getName() + "\"", () -> hotlineTasks.claim(task.getId()));
        step("complete \"" + task.getName() + "\" and what follows",
                () -> hotlineTasks.complete(task.getId(), new LinkedHashMap<>(values)));
    }

    private void step(String name, Runnable work) {
        Map<String, Long> textsBefore = measuring ? texts() : Map.of();
        Snapshot before = StatementCounter.COUNTS.snapshot();
        long start = System.nanoTime();
        work.run();
        long nanos = System.nanoTime() - start;
        Snapshot counts = StatementCounter.COUNTS.snapshot().minus(before);
        if (!measuring) {
            return;
        }
        Map<String, Long> stepTexts = new HashMap<>();
        texts().forEach((text, n) -> {
            long d = n - textsBefore.getOrDefault(text, 0L);
            if (d > 0) {
                stepTexts.put(text, d);
            }
        });
        steps.computeIfAbsent(name, k -> new Step()).add(nanos, counts, stepTexts);
    }

    private static void asAdvocate() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "advocate1", null, List.of(new SimpleGrantedAuthority("ROLE_ADVOCATES"),
                        new SimpleGrantedAuthority("GROUP_advocates"))));
    }

    private static Snapshot plus(Snapshot a, Snapshot b) {
        Map<Kind, Long> kinds = new java.util.TreeMap<>(a.kinds());
        b.kinds().forEach((k, n) -> kinds.merge(k, n, Long::sum));
        Map<String, Long> tables = new java.util.TreeMap<>(a.tables());
        b.tables().forEach((t, n) -> tables.merge(t, n, Long::sum));
        return new Snapshot(kinds, tables, a.batches() + b.batches(), a.batched() + b.batched(),
                a.commits() + b.commits(), a.rollbacks() + b.rollbacks(), a.autoCommitted() + b.autoCommitted(),
                a.connections() + b.connections(), a.elsewhere() + b.elsewhere());
    }

    private static Map<String, Long> texts() {
        Map<String, Long> texts = new HashMap<>();
        StatementCounter.COUNTS.texts.forEach((text, n) -> texts.put(text, n.sum()));
        return texts;
    }

    /** Samples in each method of the hotline's own code and its callees, counted once on a path that recurses. */
    private static void inclusive(Node node, Set<String> onPath, Map<String, Long> into) {
        String name = node.frame.layer() == null ? node.frame.name() : node.frame.name() + " [" + node.frame.layer() + "]";
        Layer layer = node.frame.layer();
        boolean ours = layer == Layer.HOTLINE || layer == Layer.AUDIT || layer == Layer.ENCRYPTION;
        boolean added = ours && onPath.add(name);
        if (added) {
            into.merge(name, node.samples, Long::sum);
        }
        node.children.values().forEach(child -> inclusive(child, onPath, into));
        if (added) {
            onPath.remove(name);
        }
    }

    private static double per(long total) {
        return (double) total / CASES;
    }

    private static double ms(Step step) {
        return step.nanos / 1e6 / CASES;
    }

    private static String perKind(Snapshot total) {
        StringBuilder text = new StringBuilder("(");
        for (Kind kind : Kind.values()) {
            text.append(text.length() > 1 ? ", " : "").append(kind.name().toLowerCase(Locale.ROOT)).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f", per(total.kinds().get(kind))));
        }
        return text.append(')').toString();
    }

    private static double share(FlameGraph profile, Layer layer) {
        return 100.0 * profile.layers.getOrDefault(layer, 0L) / Math.max(1, profile.samples);
    }

    private String section(String postgres, String fsync, FlameGraph profile, String loadBefore, String loadAfter) {
        List<String> lines = BenchmarkReport.opening(SECTION, "What each step of a case after its intake costs on the"
                        + " \"referral only\" path: the statements it sends to PostgreSQL by kind, its commits, and its"
                        + " time. Every figure below comes from one run.",
                "src/test/java/org/hotline/benchmark/LifecycleCostBenchmark.java", COMMAND
                        + "\n# fewer cases: -Dbenchmark.cases=30");
        lines.add("| Load average (1, 5, 15 min) | " + loadBefore + " before the cases, " + loadAfter + " after: the"
                + " machine's other work as well as this run's |");
        lines.add("| Database | PostgreSQL " + postgres + ", embedded, with a kept data directory under `target/`:"
                + " `fsync=" + fsync + "` |");
        lines.add("| Application | the whole application in the benchmark's JVM, job executor off; the steps call the"
                + " service layer directly as advocate1, one case at a time |");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%d cases (after %d not measured) taken from intake to `CLOSED` the way"
                + " the engine benchmark's lifecycle takes them (an adult victim in Toronto, no indicators, one need):"
                + " each task claimed then completed through `HotlineTaskService`, the service's answer through"
                + " `ReferralService.answer`, the follow-up timer's job executed. Per case, each step's mean:",
                CASES, WARM_UP));
        lines.add("");
        lines.add("| Step | ms | Statements | select | insert | update | delete | other | Batches | Commits |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        long nanos = 0;
        Snapshot all = null;
        for (Map.Entry<String, Step> e : steps.entrySet()) {
            Step step = e.getValue();
            lines.add(row(e.getKey(), ms(step), step.counts));
            nanos += step.nanos;
            all = all == null ? step.counts : plus(all, step.counts);
        }
        lines.add(row("**All steps after the intake**", nanos / 1e6 / CASES, all));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "The CPU of those steps by layer: a Java Flight Recorder sample of the"
                + " benchmark's thread every %d ms (%,d samples, about %.1f ms of CPU per case against %.1f ms of"
                + " time: the rest is waiting for PostgreSQL and for a core).", SAMPLING.toMillis(), profile.samples,
                (double) profile.samples * SAMPLING.toMillis() / CASES, nanos / 1e6 / CASES));
        lines.add("");
        lines.add("| Layer | Share of samples |");
        lines.add("|---|---:|");
        for (Layer layer : Layer.values()) {
            lines.add(String.format(Locale.ROOT, "| %s | %.1f%% |", layer.label, share(profile, layer)));
        }
        lines.add("");
        lines.add("Figures come from one run on a machine shared with other work, and vary from run to run: compare"
                + " runs made on the same machine, close together.");
        return String.join("\n", lines) + "\n";
    }

    private static String row(String label, double ms, Snapshot counts) {
        Map<Kind, Long> kinds = counts.kinds();
        return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |", label,
                ms, per(counts.statements()), per(kinds.get(Kind.SELECT)), per(kinds.get(Kind.INSERT)),
                per(kinds.get(Kind.UPDATE)), per(kinds.get(Kind.DELETE)), per(kinds.get(Kind.OTHER)),
                per(counts.batches()), per(counts.commits()));
    }
}
