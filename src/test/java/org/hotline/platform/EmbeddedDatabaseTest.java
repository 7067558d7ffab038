package org.hotline.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The embedded PostgreSQL as a local user other than the application would meet it: no way in without the password,
 * no superuser powers with it, no socket to reach, and what an earlier version left behind still there.
 */
class EmbeddedDatabaseTest {

    @Test
    @DisplayName("Throw-away: only the application's role gets in, with its password, and it has no superuser powers")
    void throwAway() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start("", 0)) {
            JdbcTemplate jdbc = jdbc(database, database.user(), database.password());
            assertThat(jdbc.queryForObject("select current_user", String.class)).isEqualTo("hotline");
            assertThat(jdbc.queryForObject("select rolsuper or rolcreaterole or rolcreatedb or rolreplication"
                    + " or rolbypassrls from pg_roles where rolname = current_user", Boolean.class)).isFalse();
            assertThat(jdbc.queryForObject("select count(*) from pg_auth_members where member = 'hotline'::regrole",
                    Long.class)).as("member of no role").isZero();
            // What a superuser could do to the machine: run a program, read or write its files, change the server.
            assertFails(() -> jdbc.execute("copy (select 1) to program 'id'"),
                    "must be superuser or a member of the pg_execute_server_program role");
            assertFails(() -> jdbc.execute("copy (select 1) to '/tmp/hotline-copy-test'"),
                    "must be superuser or a member of the pg_write_server_files role");
            assertFails(() -> jdbc.queryForObject("select pg_read_file('/etc/passwd')", String.class),
                    "permission denied");
            assertFails(() -> jdbc.execute("alter system set fsync = off"), "must be superuser");
            assertFails(() -> jdbc.execute("create role intruder"), "permission denied to create role");
            assertFails(() -> jdbc.execute("create database other"), "permission denied to create database");
            // What the application needs: its own tables, and its database's settings (the benchmark sets some).
            jdbc.execute("create table own_table (id bigserial primary key, note text)");
            jdbc.execute("alter database postgres set statement_timeout = '1min'");
            jdbc.execute("alter database postgres reset statement_timeout");

            assertThat(jdbc.queryForObject("show listen_addresses", String.class)).isEqualTo("127.0.0.1");
            assertThat(jdbc.queryForObject("show password_encryption", String.class)).isEqualTo("scram-sha-256");
            assertThat(jdbc.queryForObject("show fsync", String.class)).as("throw-away: fast").isEqualTo("off");

            assertRefused(database, database.user(), null, "no password was provided");
            assertRefused(database, database.user(), "wrong", "password authentication failed");
            assertRefused(database, "postgres", null, "no pg_hba.conf entry");
            assertRefused(database, "postgres", database.password(), "no pg_hba.conf entry");
            assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl().replace("/postgres", "/template1"),
                    database.user(), database.password())).hasMessageContaining("no pg_hba.conf entry");

            assertSocketClosedToOthers(database);
            assertThat(startup(database.socketDirectory(), database.port(), "hotline"))
                    .as("through the socket too, a password is asked (SASL)").isEqualTo("R10");
            assertThat(startup(database.socketDirectory(), database.port(), "postgres")).startsWith("E");
        }
    }

    @Test
    @DisplayName("Kept: fsync and synchronous commits on, the password in a file only its owner reads, data kept")
    void kept(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("postgres");
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data.toString(), 0)) {
            JdbcTemplate jdbc = jdbc(database, database.user(), database.password());
            assertThat(jdbc.queryForObject("show fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show synchronous_commit", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("show full_page_writes", String.class)).isEqualTo("on");
            jdbc.execute("create table kept (note text)");
            jdbc.update("insert into kept values ('still here')");
            assertThat(database.socketDirectory()).isEqualTo(directory.resolve(EmbeddedDatabase.RUNTIME_DIRECTORY));
            assertSocketClosedToOthers(database);
        }
        Path passwordFile = directory.resolve(EmbeddedDatabasePassword.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");

        try (EmbeddedDatabase again = EmbeddedDatabase.start(data.toString(), 0)) {
            assertThat(jdbc(again, again.user(), again.password()).queryForObject("select note from kept", String.class))
                    .isEqualTo("still here");
            assertThatThrownBy(() -> EmbeddedDatabase.start(data.toString(), 0)).isInstanceOf(StartupRefused.class)
                    .hasMessageContaining("is in use by another instance").hasMessageContaining("HOTLINE_DATA_DIRECTORY");
        }
        // A deleted password file: a new password is made and set at the next start.
        String before = Files.readString(passwordFile);
        Files.delete(passwordFile);
        try (EmbeddedDatabase renewed = EmbeddedDatabase.start(data.toString(), 0)) {
            assertThat(Files.readString(passwordFile)).isNotEqualTo(before);
            assertThat(jdbc(renewed, renewed.user(), renewed.password()).queryForObject("select note from kept", String.class))
                    .isEqualTo("still here");
        }
    }

    @Test
    @DisplayName("A data directory too deep for a socket's path: the socket goes to a private temporary directory")
    void deepDataDirectory(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("a-directory-name-long-enough-to-leave-no-room-for-the-socket-of-postgresql")
                .resolve("postgres");
        Path socket;
        try (EmbeddedDatabase database = EmbeddedDatabase.start(data.toString(), 0)) {
            socket = database.socketDirectory();
            assertThat(socket).isNotEqualTo(data.resolveSibling(EmbeddedDatabase.RUNTIME_DIRECTORY));
            assertSocketClosedToOthers(database);
            assertThat(startup(socket, database.port(), "hotline")).isEqualTo("R10");
        }
        assertThat(socket).doesNotExist();
    }

    @Test
    @DisplayName("A server left running on the data directory (the application was killed) is stopped, and the data kept")
    void stopsServerLeftBehind(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data.toString(), 0)) {
            jdbc(first, first.user(), first.password()).execute("create table kept as select 'still here' as note");
        }
        // What a SIGKILL of the application leaves: its server running, the library's lock on the directory gone.
        int leftBehindPort = freePort();
        List<String> start = EmbeddedDatabase.command(EmbeddedDatabase.binaries(), "pg_ctl");
        start.addAll(List.of("start", "-w", "-D", data.toString(), "-o", "-p " + leftBehindPort
                + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"));
        assertThat(new ProcessBuilder(start).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor()).isZero();
        String leftBehind = Files.readAllLines(data.resolve("postmaster.pid")).get(0);

        try (EmbeddedDatabase again = EmbeddedDatabase.start(data.toString(), 0)) {
            assertThat(Files.readAllLines(data.resolve("postmaster.pid")).get(0)).isNotEqualTo(leftBehind);
            assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", leftBehindPort).close())
                    .as("the server left behind stopped").isInstanceOf(IOException.class);
            assertThat(jdbc(again, again.user(), again.password()).queryForObject("select note from kept", String.class))
                    .isEqualTo("still here");
        }
    }

    @Test
    @DisplayName("A data directory of an earlier version (trust, tables owned by postgres) is upgraded with its data")
    void upgradesEarlierDataDirectory(@TempDir Path directory) throws Exception {
        Path data = directory.resolve("postgres");
        Files.createDirectories(data);
        // As earlier versions ran it: the library's defaults, trust, the application working as postgres.
        try (EmbeddedPostgres earlier = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start()) {
            SingleConnectionDataSource postgres = new SingleConnectionDataSource(
                    earlier.getJdbcUrl("postgres", "postgres"), "postgres", "", true);
            Flyway.configure().dataSource(postgres).table("app_schema_history").baselineOnMigrate(true).load().migrate();
            JdbcTemplate jdbc = new JdbcTemplate(postgres);
            jdbc.update("insert into audit_event (id, occurred_at, actor, action, hash) values"
                    + " (nextval('audit_event_id_seq'), now(), 'advocate1', 'READ', repeat('0', 64))");
            jdbc.execute("create view audit_actors as select distinct actor from audit_event");
            jdbc.execute("create type legacy_mood as enum ('calm', 'urgent')");
            assertThat(jdbc.queryForObject("select count(*) from pg_class where relnamespace = 'public'::regnamespace"
                    + " and relowner = 'postgres'::regrole", Long.class)).isGreaterThan(20);
            postgres.destroy();
        }

        try (EmbeddedDatabase upgraded = EmbeddedDatabase.start(data.toString(), 0)) {
            JdbcTemplate jdbc = jdbc(upgraded, upgraded.user(), upgraded.password());
            assertThat(jdbc.queryForObject("select actor from audit_event", String.class)).isEqualTo("advocate1");
            assertThat(jdbc.queryForObject("select count(*) from pg_class where relnamespace = 'public'::regnamespace"
                    + " and relowner <> 'hotline'::regrole", Long.class)).as("every table, index, sequence, view").isZero();
            assertThat(jdbc.queryForObject("select count(*) from pg_proc where pronamespace = 'public'::regnamespace"
                    + " and proowner <> 'hotline'::regrole", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select count(*) from pg_type where typnamespace = 'public'::regnamespace"
                    + " and typowner <> 'hotline'::regrole", Long.class)).isZero();
            assertThat(jdbc.queryForObject("select nspowner = 'hotline'::regrole from pg_namespace where nspname = 'public'",
                    Boolean.class)).isTrue();
            // The application as owner: its migrations validate and run, the audit log's trigger still guards.
            SingleConnectionDataSource hotline = new SingleConnectionDataSource(upgraded.jdbcUrl(), upgraded.user(),
                    upgraded.password(), true);
            assertThat(Flyway.configure().dataSource(hotline).table("app_schema_history").load().migrate().migrationsExecuted)
                    .isZero();
            hotline.destroy();
            jdbc.update("insert into audit_event (id, occurred_at, actor, action, hash) values"
                    + " (nextval('audit_event_id_seq'), now(), 'advocate2', 'READ', repeat('1', 64))");
            assertFails(() -> jdbc.update("delete from audit_event"), "append-only");
            jdbc.execute("alter table audit_event add column upgraded boolean");
            // No way in as before.
            assertRefused(upgraded, "postgres", null, "no pg_hba.conf entry");
            assertRefused(upgraded, upgraded.user(), null, "no password was provided");
        }
    }

    @Test
    @DisplayName("What cannot start says why and what to set: port taken, password file open to others or unreadable, a directory not its own")
    void refusals(@TempDir Path directory) throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            assertThatThrownBy(() -> EmbeddedDatabase.start(directory.resolve("a/postgres").toString(), taken.getLocalPort()))
                    .isInstanceOf(StartupRefused.class).hasMessageStartingWith("Port " + taken.getLocalPort())
                    .hasMessageContaining("is taken").hasMessageContaining("HOTLINE_EMBEDDED_DATABASE_PORT");
        }

        Path open = Files.createDirectories(directory.resolve("b")).resolve(EmbeddedDatabasePassword.FILE_NAME);
        Files.writeString(open, "password=" + EmbeddedDatabasePassword.generate());
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> EmbeddedDatabase.start(directory.resolve("b/postgres").toString(), 0))
                .isInstanceOf(StartupRefused.class).hasMessageContaining(open.toString())
                .hasMessageContaining("can be read by others than its owner: chmod 600 it");

        // A file the application cannot read (root reads any file: a directory in its place stands for one).
        Files.createDirectories(directory.resolve("c").resolve(EmbeddedDatabasePassword.FILE_NAME),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        assertThatThrownBy(() -> EmbeddedDatabase.start(directory.resolve("c/postgres").toString(), 0))
                .isInstanceOf(StartupRefused.class).hasMessageContaining("cannot be read")
                .hasMessageContaining("delete it to have a new password made");

        Path foreign;
        if (Files.getOwner(directory).getName().equals("root")) {
            foreign = Files.createDirectories(directory.resolve("d/postgres"));
            Files.setOwner(foreign, directory.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
        } else {
            foreign = Path.of("/usr"); // root's, and not a data directory of this user's
        }
        assertThatThrownBy(() -> EmbeddedDatabase.start(foreign.toString(), 0))
                .isInstanceOf(StartupRefused.class).hasMessageContaining("belongs to the user")
                .hasMessageContaining("HOTLINE_DATA_DIRECTORY");

        Path notData = Files.createDirectories(directory.resolve("e/postgres"));
        Files.writeString(notData.resolve("notes.txt"), "not a database");
        assertThatThrownBy(() -> EmbeddedDatabase.start(notData.toString(), 0))
                .isInstanceOf(StartupRefused.class).hasMessageContaining("neither empty nor a PostgreSQL data directory");
    }

    /** PostgreSQL's own message, beneath the translation of JdbcTemplate. */
    private static void assertFails(org.assertj.core.api.ThrowableAssert.ThrowingCallable sql, String message) {
        assertThatThrownBy(sql).rootCause().isInstanceOf(SQLException.class).hasMessageContaining(message);
    }

    private static void assertRefused(EmbeddedDatabase database, String user, String password, String why) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        if (password != null) {
            properties.setProperty("password", password);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(), properties).close())
                .isInstanceOf(SQLException.class).hasMessageContaining(why);
    }

    private static void assertSocketClosedToOthers(EmbeddedDatabase database) throws IOException {
        Path socket = database.socketDirectory();
        assertThat(socket.toString()).doesNotMatch("/tmp/?");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                socket.resolve(".s.PGSQL." + database.port())))).isEqualTo("rwx------");
    }

    /**
     * Opens a session through the Unix socket as the user and returns what the server answers first: "R" and the
     * authentication request's code (10: SASL, a password; 0 would be trust), or "E" and its error.
     */
    private static String startup(Path socketDirectory, int port, String user) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socketDirectory.resolve(".s.PGSQL." + port)));
            byte[] parameters = ("user\0" + user + "\0database\0postgres\0\0").getBytes(StandardCharsets.UTF_8);
            ByteBuffer message = ByteBuffer.allocate(8 + parameters.length);
            message.putInt(8 + parameters.length).putInt(196608).put(parameters).flip();
            channel.write(message);
            ByteBuffer answer = ByteBuffer.allocate(9);
            while (answer.hasRemaining() && channel.read(answer) >= 0) {
                // read the type, the length and the first four bytes of the body
            }
            answer.flip();
            char type = (char) answer.get();
            answer.getInt();
            return type == 'R' ? "R" + answer.getInt() : String.valueOf(type);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static JdbcTemplate jdbc(EmbeddedDatabase database, String user, String password) {
        return new JdbcTemplate(new SingleConnectionDataSource(database.jdbcUrl(), user, password, true));
    }
}
