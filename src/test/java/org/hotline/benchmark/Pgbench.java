package org.hotline.benchmark;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own benchmark client, pgbench, measuring the database's limit for the smallest transaction the
 * application makes: one row inserted and committed, from a separate process. Empty when pgbench is not installed
 * (Debian: postgresql-client).
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private Pgbench() {
    }

    /** pgbench's version line, if it is installed. */
    static Optional<String> version() {
        return executable().map(pgbench -> {
            try {
                Process process = new ProcessBuilder(pgbench.toString(), "--version").redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                process.waitFor();
                return out;
            } catch (IOException e) {
                return "pgbench";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "pgbench";
            }
        });
    }

    /**
     * Single-row inserts into {@code benchmark_commit}, each its own transaction, with this many clients for this
     * long each: transactions per second, by clients. The table must exist.
     */
    static Map<Integer, Double> commitsPerSecond(HikariDataSource database, int[] clients, Duration run)
            throws IOException, InterruptedException {
        Map<Integer, Double> result = new LinkedHashMap<>();
        Optional<Path> pgbench = executable();
        if (pgbench.isEmpty()) {
            System.out.println("[engine] C pgbench   not installed: the in-process figure stands alone");
            return result;
        }
        URI url = URI.create(database.getJdbcUrl().substring("jdbc:".length()));
        String name = url.getPath().substring(1);
        Path script = Files.createTempFile("benchmark-commit", ".sql");
        Files.writeString(script, "insert into benchmark_commit (worker) values (:client_id);\n");
        try {
            int cores = Runtime.getRuntime().availableProcessors();
            for (int c : clients) {
                ProcessBuilder builder = new ProcessBuilder(pgbench.get().toString(), "--no-vacuum",
                        "--host=" + url.getHost(), "--port=" + url.getPort(), "--username=" + database.getUsername(),
                        "--client=" + c, "--jobs=" + Math.min(c, cores), "--time=" + Math.max(1, run.toSeconds()),
                        "--file=" + script, name).redirectErrorStream(true);
                builder.environment().put("PGPASSWORD", database.getPassword());
                Process process = builder.start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("pgbench failed: " + out);
                }
                Matcher tps = TPS.matcher(out);
                if (!tps.find()) {
                    throw new IllegalStateException("pgbench gave no tps: " + out);
                }
                result.put(c, Double.parseDouble(tps.group(1)));
            }
        } finally {
            Files.deleteIfExists(script);
        }
        return result;
    }

    private static Optional<Path> executable() {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                .map(dir -> Path.of(dir, "pgbench")).filter(Files::isExecutable).findFirst();
    }
}
