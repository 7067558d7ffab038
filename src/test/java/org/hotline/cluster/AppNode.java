package org.hotline.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.hotline.support.Api;

/**
 * One node of the application as its own operating-system process, started from the packaged jar against a
 * PostgreSQL of the test's or on its own embedded one: it can be killed with SIGKILL, stopped with SIGTERM and
 * started again.
 */
final class AppNode implements AutoCloseable {

    /** A fixed key for the personal data of the test's nodes: base64 of 32 bytes. */
    static final String ENCRYPTION_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    private final String name;
    private final String jdbcUrl;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private final int port;
    private final Path log;
    private Process process;
    private int starts;

    /** A node on the PostgreSQL at the URL; with none, on its own embedded database, which the settings configure. */
    AppNode(String name, String jdbcUrl, Map<String, String> settings) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.settings.putAll(settings);
        this.port = freePort();
        this.log = Path.of("target", "cluster-logs", name + ".log");
    }

    String name() {
        return name;
    }

    int port() {
        return port;
    }

    Api api() {
        return new Api(port, new ObjectMapper());
    }

    long pid() {
        return process.pid();
    }

    /** Starts the process; {@link #awaitReady} waits for it to take traffic. */
    AppNode start() {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g", "-XX:TieredStopAtLevel=1",
                "-jar", jar().toString(), "--server.port=" + port, "--hotline.cluster.node-name=" + name));
        settings.forEach((key, value) -> command.add("--" + key + "=" + value));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        if (jdbcUrl != null) {
            env.put("SPRING_DATASOURCE_URL", jdbcUrl);
            env.put("SPRING_DATASOURCE_USERNAME", "postgres");
            env.put("SPRING_DATASOURCE_PASSWORD", "");
        }
        env.put("SPRING_PROFILES_ACTIVE", "demo");
        env.put("HOTLINE_ENCRYPTION_KEYS_K1", ENCRYPTION_KEY);
        env.put("HOTLINE_ENCRYPTION_CURRENT_KEY", "k1");
        try {
            Files.createDirectories(log.getParent());
            if (++starts == 1) {
                Files.deleteIfExists(log);
            }
            Files.writeString(log, "----- start " + starts + " at " + Instant.now() + "\n",
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until the node says it is ready for traffic; fails with the end of its log if it died or hung. */
    AppNode awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant giveUp = Instant.now().plus(timeout);
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(250);
        }
        throw new AssertionError(name + " was not ready within " + timeout + ":\n" + tail());
    }

    /** SIGKILL: the process dies at once, mid-request and mid-transaction. */
    void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(30));
    }

    /** SIGTERM; returns the exit code, or fails if the process outlives the timeout. */
    int terminate(Duration timeout) {
        process.destroy();
        return waitFor(timeout);
    }

    /** Waits for the process to exit by itself (a refused start); its exit code. */
    int awaitExit(Duration timeout) {
        return waitFor(timeout);
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    private int waitFor(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(name + " did not exit within " + timeout + ":\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The end of the node's log, for a failure's message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (alive()) {
            process.destroyForcibly();
        }
    }

    static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("hotline-case-engine-.*\\.jar"))
                    .findFirst().orElseThrow(() -> new AssertionError("No packaged jar in target/: run mvn verify"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
