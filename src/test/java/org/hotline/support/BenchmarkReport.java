package org.hotline.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.test.context.DynamicPropertyRegistry;

/** What the benchmarks share: latency figures, the machine they ran on, and their record in docs/benchmarks.md. */
public final class BenchmarkReport {

    /** The record: docs/benchmarks.md, or where {@code -Dbenchmark.report=} says (a trial run keeps the record). */
    public static final Path REPORT = Path.of(System.getProperty("benchmark.report", "docs/benchmarks.md"));

    /** Where plots go: docs/images, or where {@code -Dbenchmark.images=} says. */
    public static final Path IMAGES = Path.of(System.getProperty("benchmark.images", "docs/images"));

    private BenchmarkReport() {
    }

    /** Latency percentiles of one series, in milliseconds. */
    public record Figures(int count, double p50, double p95, double p99, double max, double mean) {

        public static Figures of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
            return new Figures(sorted.length, rank(sorted, 0.50), rank(sorted, 0.95), rank(sorted, 0.99),
                    sorted[sorted.length - 1] / 1e6, mean);
        }

        /** Nearest-rank percentile, in milliseconds. */
        private static double rank(long[] sorted, double quantile) {
            int index = (int) Math.ceil(quantile * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
        }

        public String row(String label) {
            return String.format(Locale.ROOT, "| %s | %,d | %.2f | %.2f | %.2f | %.2f | %.2f |",
                    label, count, p50, p95, p99, max, mean);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "n=%,d  p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms  mean %.2f ms",
                    count, p50, p95, p99, max, mean);
        }
    }

    /**
     * The start every section has: its heading, its goal, the file and command that produced it, and the first rows
     * of its table of conditions (date and machine); the caller adds its own rows.
     */
    public static List<String> opening(String heading, String goal, String source, String command) {
        List<String> lines = new ArrayList<>();
        lines.add(heading);
        lines.add("");
        lines.add(goal);
        lines.add("");
        lines.add("Produced by `" + source + "`, from the project root:");
        lines.add("");
        lines.add("```");
        lines.add(command);
        lines.add("```");
        lines.add("");
        lines.add("| | |");
        lines.add("|---|---|");
        lines.add("| Date | " + LocalDate.now() + " |");
        lines.add("| Machine | " + machine() + " |");
        return lines;
    }

    /** The machine's load average over 1, 5 and 15 minutes, from /proc/loadavg. */
    public static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /**
     * A kept data directory for this run's embedded PostgreSQL, under target/{@code name}: PostgreSQL then writes
     * every commit through to disk (fsync and synchronous_commit on), as in production.
     */
    public static void keptDatabase(DynamicPropertyRegistry registry, String name) throws IOException {
        Path runs = Path.of("target", name).toAbsolutePath();
        Files.createDirectories(runs);
        Path run = Files.createTempDirectory(runs, "run-");
        registry.add("hotline.embedded-database.data-directory", () -> run.resolve("postgres").toString());
    }

    /** Cores, processor, heap, Java and operating system of this run. */
    public static String machine() {
        Runtime runtime = Runtime.getRuntime();
        String cpu = cpuModel();
        return String.format(Locale.ROOT, "%d cores%s, max heap %,d MiB, Java %s (%s), %s %s %s",
                runtime.availableProcessors(), cpu == null ? "" : " (" + cpu + ")", runtime.maxMemory() / (1024 * 1024),
                System.getProperty("java.version"), System.getProperty("java.vendor"), System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("os.arch"));
    }

    private static String cpuModel() {
        try {
            Path cpuinfo = Path.of("/proc/cpuinfo");
            if (!Files.isReadable(cpuinfo)) {
                return null;
            }
            return Files.readAllLines(cpuinfo).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip())
                    .findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Replaces one benchmark's section (from its "## " heading to the next) of the record, keeping the others. */
    public static void writeSection(String heading, String section) throws IOException {
        List<String> lines = Files.exists(REPORT)
                ? new ArrayList<>(Files.readAllLines(REPORT, StandardCharsets.UTF_8))
                : new ArrayList<>(List.of("# Benchmarks", "",
                        "Each section says how its figures were produced: the command, the machine and the date."));
        int start = -1;
        for (int i = 0; i < lines.size() && start < 0; i++) {
            if (lines.get(i).strip().equals(heading)) {
                start = i;
            }
        }
        List<String> result = new ArrayList<>();
        if (start < 0) {
            result.addAll(lines);
            while (!result.isEmpty() && result.get(result.size() - 1).isBlank()) {
                result.remove(result.size() - 1);
            }
            result.add("");
            result.addAll(section.lines().toList());
        } else {
            int end = start + 1;
            boolean fenced = false;
            for (; end < lines.size(); end++) {
                String line = lines.get(end);
                if (line.startsWith("```")) {
                    fenced = !fenced;
                }
                if (!fenced && line.startsWith("## ")) {
                    break;
                }
            }
            result.addAll(lines.subList(0, start));
            result.addAll(section.lines().toList());
            if (end < lines.size()) {
                result.add("");
                result.addAll(lines.subList(end, lines.size()));
            }
        }
        if (REPORT.getParent() != null) {
            Files.createDirectories(REPORT.getParent());
        }
        Files.writeString(REPORT, String.join("\n", result) + "\n", StandardCharsets.UTF_8);
    }
}
