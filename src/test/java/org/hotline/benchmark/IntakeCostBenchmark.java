package org.hotline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToLongFunction;
import jdk.jfr.Recording;
import org.hotline.benchmark.FlameGraph.Layer;
import org.hotline.benchmark.StatementCounter.Kind;
import org.hotline.benchmark.StatementCounter.Snapshot;
import org.hotline.support.BenchmarkReport;
import org.hotline.support.BenchmarkReport.Figures;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What one intake ({@code POST /api/cases}) costs: the statements it sends to PostgreSQL by kind and table, their
 * batches, the commits, and where its CPU time goes by layer (a Java Flight Recorder profile, drawn as a flame graph
 * in {@code docs/images/intake-flamegraph.png}). Intakes go one at a time over HTTP, as advocate1, the job executor
 * off (as in every {@link HotlineSpringTest}): the figures are the request's own work. The database writes every
 * commit through to disk: the embedded PostgreSQL gets a kept data directory of its own under {@code target/}, the
 * only way it starts with {@code fsync} on. Run alone: {@code mvn -Pbenchmark verify -Dtest=IntakeCostBenchmark}.
 * Size: {@code -Dbenchmark.intakes=} (200 by default, after 30 not measured).
 */
@HotlineSpringTest
class IntakeCostBenchmark {

    private static final String SECTION = "## Intake: statements, commits and where the time goes";
    private static final String COMMAND = "mvn -B -o -Pbenchmark verify -Dtest=IntakeCostBenchmark -Djacoco.skip=true";
    private static final Path FLAME_GRAPH = Path.of("docs", "images", "intake-flamegraph.png");

    private static final int INTAKES = Integer.getInteger("benchmark.intakes", 200);
    private static final int WARM_UP = 30;
    /** Sampling period of the profile. */
    private static final Duration SAMPLING = Duration.ofMillis(5);

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @DynamicPropertySource
    static void durableDatabase(DynamicPropertyRegistry registry) throws IOException {
        BenchmarkReport.keptDatabase(registry, "intake-cost-benchmark");
    }

    /** The counting wrapper around the application's data source: for this benchmark only. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    /** One intake: its latency in nanoseconds and what it sent to the database. */
    record Intake(long nanos, Snapshot counts) {
    }

    @Test
    @DisplayName("One intake at a time: statements, batches and commits per intake, latency, and a CPU profile by layer")
    void intakeCost() throws Exception {
        String fsync = jdbc.queryForObject("show fsync", String.class);
        String synchronousCommit = jdbc.queryForObject("show synchronous_commit", String.class);
        String postgres = jdbc.queryForObject("show server_version", String.class);
        System.out.printf("%n[intake cost] PostgreSQL %s, fsync=%s, synchronous_commit=%s%s%n", postgres, fsync,
                synchronousCommit, "on".equals(fsync) ? " (every commit flushed to disk)" : " (commits NOT flushed)");

        String loadBefore = BenchmarkReport.loadAverage();
        HttpClient http = HttpClient.newHttpClient();
        String body = json.writeValueAsString(Intakes.adultVictimInToronto());
        for (int i = 0; i < WARM_UP; i++) {
            intake(http, body);
        }
        if (Boolean.getBoolean("benchmark.trace")) {
            // One intake's statements and transactions in order, on the console.
            StatementCounter.tracing = true;
            intake(http, body);
            StatementCounter.tracing = false;
        }

        Map<String, Long> textsBefore = texts();
        // Kept under target/ for a closer look: jfr print --events jdk.ExecutionSample target/intake-cost.jfr
        Path recordingFile = Path.of("target", "intake-cost.jfr");
        List<Intake> intakes = new ArrayList<>();
        Snapshot before;
        Snapshot after;
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(SAMPLING);
            recording.start();
            before = StatementCounter.COUNTS.snapshot();
            for (int i = 0; i < INTAKES; i++) {
                intakes.add(intake(http, body));
            }
            after = StatementCounter.COUNTS.snapshot();
            recording.stop();
            recording.dump(recordingFile);
        }
        Snapshot total = after.minus(before);
        Map<String, Long> textsAfter = texts();
        textsAfter.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - textsBefore.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0).sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "[intake cost]   %5.2f x %s%n", per(e.getValue()),
                        e.getKey()));
        FlameGraph profile = FlameGraph.read(recordingFile, "http-nio");
        String loadAfter = BenchmarkReport.loadAverage();

        Figures latency = Figures.of(intakes.stream().mapToLong(Intake::nanos).toArray());
        System.out.println("[intake cost] latency: " + latency);
        System.out.printf(Locale.ROOT, "[intake cost] per intake: %.1f statements %s, %.1f in %.1f batches, %.1f"
                        + " commits, %.1f rollbacks, %.1f statements autocommitted, %.1f connections, ~%.1f round trips;"
                        + " other threads: %d statements in all%n", per(total.statements()), perKind(total),
                per(total.batched()), per(total.batches()), per(total.commits()), per(total.rollbacks()),
                per(total.autoCommitted()), per(total.connections()), per(total.roundTrips()), total.elsewhere());
        total.tables().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> System.out.printf(Locale.ROOT, "[intake cost]   %-40s %6.2f per intake%n", e.getKey(),
                        per(e.getValue())));
        System.out.printf(Locale.ROOT, "[intake cost] profile: %,d samples of request threads (%d truncated), %,d of"
                + " other threads%n", profile.samples, profile.truncated, profile.otherThreads);
        for (Layer layer : Layer.values()) {
            System.out.printf(Locale.ROOT, "[intake cost]   %-80s %5.1f%%%n", layer.label, share(profile, layer));
        }
        profile.selfTime.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .forEach(e -> System.out.printf(Locale.ROOT, "[intake cost]   self %-70s %5.1f%%%n", e.getKey(),
                        100.0 * e.getValue() / Math.max(1, profile.samples)));

        profile.write(FLAME_GRAPH, String.format(Locale.ROOT, "POST /api/cases, %,d intakes one at a time: CPU samples"
                + " of the request threads every %d ms (%,d samples)", INTAKES, SAMPLING.toMillis(), profile.samples));
        BenchmarkReport.writeSection(SECTION, section(postgres, fsync, synchronousCommit, intakes, total, latency,
                profile, loadBefore, loadAfter));
        System.out.println("[intake cost] written to " + BenchmarkReport.REPORT.toAbsolutePath().normalize() + " and "
                + FLAME_GRAPH.toAbsolutePath().normalize());
        assertThat(total.commits()).as("commits").isPositive();
    }

    private Intake intake(HttpClient http, String body) throws Exception {
        Snapshot before = StatementCounter.COUNTS.snapshot();
        long start = System.nanoTime();
        HttpResponse<String> opened = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/cases"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "advocate1:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return new Intake(nanos, StatementCounter.COUNTS.snapshot().minus(before));
    }

    private static Map<String, Long> texts() {
        Map<String, Long> texts = new java.util.HashMap<>();
        StatementCounter.COUNTS.texts.forEach((text, n) -> texts.put(text, n.sum()));
        return texts;
    }

    private static double per(long total) {
        return (double) total / INTAKES;
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

    /** Mean, min and max per intake of one count, as a table row. */
    private static String row(String label, List<Intake> intakes, ToLongFunction<Snapshot> count) {
        long[] values = intakes.stream().mapToLong(i -> count.applyAsLong(i.counts())).sorted().toArray();
        double mean = java.util.Arrays.stream(values).average().orElse(0);
        return String.format(Locale.ROOT, "| %s | %.1f | %d | %d |", label, mean, values[0], values[values.length - 1]);
    }

    private static long tables(Snapshot counts, boolean engine) {
        return counts.tables().entrySet().stream()
                .filter(e -> e.getKey().startsWith("act_") == engine && !e.getKey().equals("(none)"))
                .mapToLong(Map.Entry::getValue).sum();
    }

    private String section(String postgres, String fsync, String synchronousCommit, List<Intake> intakes,
                           Snapshot total, Figures latency, FlameGraph profile, String loadBefore, String loadAfter) {
        List<String> lines = BenchmarkReport.opening(SECTION, "What one intake (`POST /api/cases`) costs: the"
                        + " statements it sends to PostgreSQL, its commits, and where its CPU time goes. Every figure"
                        + " below comes from one run.",
                "src/test/java/org/hotline/benchmark/IntakeCostBenchmark.java", COMMAND
                        + "\n# fewer intakes: -Dbenchmark.intakes=100");
        lines.add("| Load average (1, 5, 15 min) | " + loadBefore + " before the intakes, " + loadAfter + " after: the"
                + " machine's other work as well as this run's |");
        lines.add("| Database | PostgreSQL " + postgres + ", embedded, a separate process on the same machine and disk,"
                + " with a kept data directory under `target/`: `fsync=" + fsync + "`, `synchronous_commit="
                + synchronousCommit + "`" + ("on".equals(fsync)
                ? " (each commit waits for its write-ahead log flushed to disk, as in production) |"
                : ": commits are not flushed to disk |"));
        lines.add("| Application | the whole application in the benchmark's JVM, job executor off: the figures are the"
                + " request's own work, not the jobs it leaves for later |");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "%,d intakes one after the other (after %d not measured), each `POST"
                + " /api/cases` as advocate1 (Basic, its own `Idempotency-Key`) with the intake of an adult victim of"
                + " labour trafficking in Toronto (three indicators, two needs, a caller name and callback number),"
                + " answered 201 with the case file.", INTAKES, WARM_UP));
        lines.add("");
        lines.add("| Latency | Intakes | p50 | p95 | p99 | max | mean |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|");
        lines.add(latency.row("`POST /api/cases`, ms"));
        lines.add("");
        lines.add("What each intake sent to PostgreSQL, counted by a wrapper around the application's data source on"
                + " the request threads (statements in a batch count one each; a batch goes in one round trip):");
        lines.add("");
        lines.add("| Per intake | mean | min | max |");
        lines.add("|---|---:|---:|---:|");
        for (Kind kind : Kind.values()) {
            lines.add(row("Statements: " + kind.name().toLowerCase(Locale.ROOT), intakes, s -> s.kinds().get(kind)));
        }
        lines.add(row("Statements in all", intakes, Snapshot::statements));
        lines.add(row("… on the engine's tables (`act_*`)", intakes, s -> tables(s, true)));
        lines.add(row("… on the hotline's tables", intakes, s -> tables(s, false)));
        lines.add(row("… naming no table (`set`, `show`, `select nextval`, …)", intakes,
                s -> s.tables().getOrDefault("(none)", 0L)));
        lines.add(row("Statements sent in batches", intakes, Snapshot::batched));
        lines.add(row("Batches", intakes, Snapshot::batches));
        lines.add(row("Commits", intakes, Snapshot::commits));
        lines.add(row("Statements outside a transaction (each its own commit)", intakes, Snapshot::autoCommitted));
        lines.add(row("Connections taken from the pool", intakes, Snapshot::connections));
        lines.add(row("Round trips, about (statements outside batches + batches + commits)", intakes,
                Snapshot::roundTrips));
        lines.add("");
        lines.add("The tables most statements touch (the first table after `from`, `into` or `update`), per intake:");
        lines.add("");
        lines.add("| Table | Statements per intake |");
        lines.add("|---|---:|");
        total.tables().entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey())).limit(20)
                .forEach(e -> lines.add(String.format(Locale.ROOT, "| `%s` | %.2f |", e.getKey(), per(e.getValue()))));
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Where the CPU time of the request threads goes: a Java Flight Recorder"
                + " profile of the measured intakes, a sample of each running request thread every %d ms (%,d samples),"
                + " each counted in the layer of its first frame, from the top of the stack, that belongs to one (a"
                + " sample in `java.util.HashMap` called by Hibernate counts as Hibernate). The samples come to about"
                + " %.1f ms of CPU time per intake (samples × period ÷ intakes) against a mean latency of %.1f ms: the"
                + " rest is waiting, for PostgreSQL (the round trips, the commits' flush to disk) and for a core, which"
                + " the machine's other work shares.", SAMPLING.toMillis(), profile.samples,
                (double) profile.samples * SAMPLING.toMillis() / INTAKES, latency.mean()));
        lines.add("");
        lines.add("| Layer | Share of samples |");
        lines.add("|---|---:|");
        for (Layer layer : Layer.values()) {
            lines.add(String.format(Locale.ROOT, "| %s | %.1f%% |", layer.label, share(profile, layer)));
        }
        lines.add("");
        lines.add("![Flame graph of the intake's CPU samples](images/intake-flamegraph.png)");
        lines.add("");
        lines.add("The flame graph: the thread's entry at the bottom, each row one call deeper, a box as wide as the"
                + " samples spent in that method and its callees, coloured by layer (a frame of the JDK or Spring's"
                + " core in a lighter shade of its caller's). Frames that only pass a call on (reflection, proxies,"
                + " interceptors, the links of the filter chain and of the engine's command chain) are left out of"
                + " it, or it would be hundreds of rows deep; the layers above count every frame.");
        lines.add("");
        lines.add("Figures come from one run on a machine shared with other work, and vary from run to run: compare"
                + " runs made on the same machine, close together.");
        return String.join("\n", lines) + "\n";
    }

}
