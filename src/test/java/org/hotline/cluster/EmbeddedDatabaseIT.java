package org.hotline.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hotline.support.Api;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The packaged application on its own embedded PostgreSQL with a kept data directory, as {@code mvn spring-boot:run}
 * runs it: the data directory of an earlier version is taken over with its cases; the database's processes killed
 * with SIGKILL in the middle of a burst of intakes lose no case that was acknowledged; a start that cannot work says
 * why in its first words.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDatabaseIT {

    private static final Duration START = Duration.ofMinutes(4);
    private static final Path BASE = Path.of("target", "embedded-database-it").toAbsolutePath();
    private static final Path DATA = BASE.resolve("postgres");

    private static int databasePort;
    private static EmbeddedPostgres earlierServer;
    private static AppNode earlierNode;
    private static AppNode node;

    @BeforeAll
    static void clean() throws IOException {
        if (Files.exists(BASE)) {
            try (Stream<Path> files = Files.walk(BASE)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        Files.createDirectories(BASE);
        try (ServerSocket socket = new ServerSocket(0)) {
            databasePort = socket.getLocalPort();
        }
        node = new AppNode("embedded", null, Map.of(
                "hotline.embedded-database.data-directory", DATA.toString(),
                "hotline.embedded-database.port", String.valueOf(databasePort)));
    }

    @AfterAll
    static void stop() throws IOException {
        for (AppNode running : new AppNode[] {earlierNode, node}) {
            if (running != null && running.alive()) {
                running.terminate(Duration.ofSeconds(90));
            }
        }
        if (earlierServer != null) {
            earlierServer.close();
        }
        killDatabase(); // if a failure left it running
    }

    @Test
    @Order(1)
    @DisplayName("A data directory of an earlier version (trust, the application as postgres) is taken over with its cases")
    void takesOverEarlierDataDirectory() throws Exception {
        // As earlier versions ran it: the library's defaults (trust), the application connected as postgres.
        Files.createDirectories(DATA);
        earlierServer = EmbeddedPostgres.builder().setServerConfig("max_connections", "200")
                .setServerConfig("timezone", "UTC").setDataDirectory(DATA).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
        earlierNode = new AppNode("embedded-earlier", earlierServer.getJdbcUrl("postgres", "postgres"), Map.of());
        earlierNode.start().awaitReady(START);
        List<String> earlierCases = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Api.Response opened = earlierNode.api().post("advocate1", "/api/cases", Intakes.adultVictimInToronto(),
                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
            earlierCases.add(opened.node().path("caseNumber").asText());
        }
        assertThat(earlierNode.terminate(Duration.ofSeconds(90))).isEqualTo(143);
        earlierServer.close();
        earlierServer = null;

        node.start().awaitReady(START);
        for (String caseNumber : earlierCases) {
            assertThat(node.api().get("supervisor1", "/api/cases/" + caseNumber).status()).as(caseNumber).isEqualTo(200);
        }
        assertThat(node.api().post("advocate1", "/api/cases", Intakes.adultVictimInToronto(),
                Map.of("Idempotency-Key", UUID.randomUUID().toString())).status()).isEqualTo(201);

        JdbcTemplate jdbc = database();
        assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("hotline");
        assertThat(jdbc.queryForObject("select count(*) from pg_class where relnamespace = 'public'::regnamespace"
                + " and relowner <> 'hotline'::regrole", Long.class)).as("tables left to postgres").isZero();
        assertThat(jdbc.queryForObject("select rolsuper from pg_roles where rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
        assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
        // The way in of earlier versions is closed.
        assertRefused("postgres", null);
        assertRefused("hotline", null);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(BASE.resolve("postgres-runtime"))))
                .isEqualTo("rwx------");
    }

    @Test
    @Order(2)
    @DisplayName("The database's processes killed with SIGKILL mid-burst: after a restart every 201 has its case, once")
    void databaseKilledMidBurst() throws Exception {
        ConcurrentLinkedQueue<Intake> intakes = new ConcurrentLinkedQueue<>();
        AtomicInteger created = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < 4; c++) {
            clients.add(pool.submit(() -> burst(node.api(), intakes, created, stop)));
        }
        CrashRecoveryIT.await("30 cases opened before the kill", Duration.ofMinutes(2), () -> created.get() >= 30);
        int killed = killDatabase();
        int createdAtKill = created.get();
        Instant killedAt = Instant.now();
        // The clients go on until the node stops acknowledging; then the node, without its database, is killed too.
        CrashRecoveryIT.await("the node acknowledges no more intakes", Duration.ofMinutes(1),
                () -> clients.stream().allMatch(Future::isDone));
        stop.set(true);
        for (Future<?> client : clients) {
            client.get(1, TimeUnit.MINUTES);
        }
        pool.shutdown();
        node.kill();
        long acknowledged = intakes.stream().filter(i -> i.status() == 201).count();
        System.out.printf("Killed %d PostgreSQL processes with SIGKILL after %d intakes answered 201 (%d after the"
                + " kill); %d intakes answered otherwise or not at all; restarting%n", killed, acknowledged,
                acknowledged - createdAtKill, intakes.size() - acknowledged);

        node.start().awaitReady(START);
        System.out.printf("Restarted in %d s%n", Duration.between(killedAt, Instant.now()).toSeconds());
        JdbcTemplate jdbc = database();
        Set<String> acknowledgedCases = new HashSet<>();
        for (Intake intake : intakes) {
            if (intake.status() == 201) {
                acknowledgedCases.add(intake.caseNumber());
                assertThat(jdbc.queryForObject("select count(*) from hotline_case c join act_hi_procinst p"
                        + " on p.id_ = c.process_instance_id and p.business_key_ = c.case_number"
                        + " where c.case_number = ?", Long.class, intake.caseNumber())).as(intake.caseNumber()).isOne();
            }
        }
        assertThat(acknowledgedCases).hasSize((int) acknowledged);
        // An intake without its 201 sent again with its key: one case per key, whether or not it was committed.
        for (Intake intake : intakes) {
            if (intake.status() != 201) {
                Api.Response again = node.api().post("advocate1", "/api/cases", intake.body(),
                        Map.of("Idempotency-Key", intake.key()));
                assertThat(again.status()).as(again.toString()).isIn(200, 201);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from (select business_key_ from act_hi_procinst"
                + " group by business_key_ having count(*) > 1) twice", Long.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from hotline_case c where not exists"
                + " (select 1 from act_hi_procinst p where p.id_ = c.process_instance_id)", Long.class)).isZero();
    }

    @Test
    @Order(3)
    @DisplayName("A password file others can read: the node exits, and what it says first is why and what to do")
    void refusedStartSaysWhyFirst() throws Exception {
        assertThat(node.terminate(Duration.ofSeconds(90))).isEqualTo(143);
        Path passwordFile = BASE.resolve("database.password");
        Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-r--r--"));
        try {
            node.start();
            assertThat(node.awaitExit(START)).isEqualTo(1);
        } finally {
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
        }
        String log = node.logText();
        String lastStart = log.substring(log.lastIndexOf("----- start"));
        List<String> problems = lastStart.lines().filter(line -> line.contains(" ERROR ") || line.contains(" WARN "))
                .toList();
        assertThat(problems).as("one error: the failure report").hasSize(1);
        assertThat(lastStart).contains("APPLICATION FAILED TO START")
                .contains("The embedded database's password file " + passwordFile
                        + " can be read by others than its owner: chmod 600 it")
                .doesNotContain("Error creating bean").doesNotContain("\tat ");
    }

    /** One intake as the client saw it. */
    record Intake(String key, Map<String, Object> body, int status, String caseNumber) {
    }

    /** A client opening cases with an Idempotency-Key until the node stops acknowledging them. */
    private static void burst(Api api, ConcurrentLinkedQueue<Intake> intakes, AtomicInteger created, AtomicBoolean stop) {
        while (!stop.get()) {
            String key = UUID.randomUUID().toString();
            Map<String, Object> body = Intakes.adultVictimInToronto();
            try {
                Api.Response response = api.post("advocate1", "/api/cases", body, Map.of("Idempotency-Key", key));
                String caseNumber = response.status() == 201 ? response.node().path("caseNumber").asText() : null;
                intakes.add(new Intake(key, body, response.status(), caseNumber));
                if (caseNumber == null) {
                    return;
                }
                created.incrementAndGet();
            } catch (UncheckedIOException nodeGone) {
                intakes.add(new Intake(key, body, -1, null));
                return;
            }
        }
    }

    /**
     * SIGKILL to the postmaster and every process it started (backends, writer, checkpointer), all frozen first
     * (SIGSTOP) so that none of them sees another die and reacts, as in a power cut. The number of processes killed,
     * 0 when no server was running.
     */
    private static int killDatabase() throws IOException {
        Optional<ProcessHandle> postmaster;
        try {
            postmaster = ProcessHandle.of(Long.parseLong(Files.readAllLines(DATA.resolve("postmaster.pid")).get(0).strip()));
        } catch (IOException | RuntimeException noServer) {
            return 0;
        }
        if (postmaster.isEmpty()) {
            return 0;
        }
        List<ProcessHandle> processes = new ArrayList<>();
        processes.add(postmaster.get());
        postmaster.get().descendants().forEach(processes::add);
        try {
            for (String signal : List.of("-STOP", "-KILL")) {
                List<String> kill = new ArrayList<>(List.of("kill", signal));
                processes.forEach(process -> kill.add(String.valueOf(process.pid())));
                new ProcessBuilder(kill).inheritIO().start().waitFor();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new AssertionError("PostgreSQL process " + process.pid() + " survived SIGKILL", e);
            }
        }
        return processes.size();
    }

    /** The application's database as the application reaches it: its role, the password from its file. */
    private static JdbcTemplate database() throws IOException {
        return new JdbcTemplate(new DriverManagerDataSource(jdbcUrl(), "hotline", password()));
    }

    private static void assertRefused(String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(jdbcUrl(), properties).close())
                .isInstanceOf(SQLException.class);
    }

    private static String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres";
    }

    private static String password() throws IOException {
        Properties file = new Properties();
        try (InputStream in = Files.newInputStream(BASE.resolve("database.password"))) {
            file.load(in);
        }
        return file.getProperty("password");
    }
}
