package org.hotline.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sets the embedded PostgreSQL's roles before it takes any connection, with the server stopped, in single-user mode
 * ({@code postgres --single}): the superuser {@code postgres} loses its password, so that nobody can log in as it;
 * the application's role is created if missing, stripped of every power but its own objects, given its password,
 * and made owner of the database, of the schema {@code public} and of everything in it. Run at every start, this
 * also upgrades a data directory made by earlier versions (no password, the application working as
 * {@code postgres}, which owned every table) and sets a new password after the password file was deleted.
 */
final class EmbeddedDatabaseRoles {

    private static final int SCRAM_ITERATIONS = 4096;

    /** In single-user mode (-j) a statement ends with a semicolon and an empty line; none may hold an empty line. */
    private static final String SETUP = """
            alter role postgres password null;

            do $$ begin
                if not exists (select from pg_roles where rolname = 'hotline') then create role hotline; end if;
            end $$;

            alter role hotline login nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit
                connection limit -1 password '%s';

            do $$
            declare
                item record;
            begin
                -- No role membership either (pg_execute_server_program, pg_read_server_files, ...): allow none.
                for item in select r.rolname from pg_auth_members m join pg_roles r on r.oid = m.roleid
                        where m.member = 'hotline'::regrole loop
                    execute format('revoke %%I from hotline', item.rolname);
                end loop;
                -- Earlier versions worked as postgres, which owns what they created: hand it over.
                for item in select c.oid::regclass as name, c.relkind from pg_class c
                        where c.relnamespace = 'public'::regnamespace and c.relowner <> 'hotline'::regrole
                        and c.relkind in ('r', 'p', 'v', 'm', 'f') loop
                    execute format('alter %%s %%s owner to hotline', case item.relkind when 'v' then 'view'
                        when 'm' then 'materialized view' when 'f' then 'foreign table' else 'table' end, item.name);
                end loop;
                -- The sequences of columns moved with their tables; these are the others.
                for item in select c.oid::regclass as name from pg_class c
                        where c.relnamespace = 'public'::regnamespace and c.relowner <> 'hotline'::regrole
                        and c.relkind = 'S' loop
                    execute format('alter sequence %%s owner to hotline', item.name);
                end loop;
                for item in select p.oid::regprocedure as name, p.prokind from pg_proc p
                        where p.pronamespace = 'public'::regnamespace and p.proowner <> 'hotline'::regrole loop
                    execute format('alter %%s %%s owner to hotline', case item.prokind when 'p' then 'procedure'
                        when 'a' then 'aggregate' else 'function' end, item.name);
                end loop;
                for item in select t.oid::regtype as name, t.typtype from pg_type t
                        where t.typnamespace = 'public'::regnamespace and t.typowner <> 'hotline'::regrole
                        and (t.typtype in ('d', 'e', 'r')
                            or t.typtype = 'c' and (select relkind from pg_class where oid = t.typrelid) = 'c') loop
                    execute format('alter %%s %%s owner to hotline',
                        case item.typtype when 'd' then 'domain' else 'type' end, item.name);
                end loop;
            end $$;

            alter database postgres owner to hotline;

            alter schema public owner to hotline;

            revoke create on schema public from public;

            """;

    private EmbeddedDatabaseRoles() {
    }

    /**
     * Runs the setup on the stopped server's data directory; refuses to start, saying why, when PostgreSQL reports
     * an error. The password reaches PostgreSQL only as a SCRAM-SHA-256 verifier, never in clear.
     */
    static void set(Path binaries, Path dataDirectory, boolean fsync, String password) {
        List<String> command = EmbeddedDatabase.command(binaries, "postgres");
        command.addAll(List.of("--single", "-j", "-D", dataDirectory.toString()));
        if (!fsync) {
            command.add("-F");
        }
        command.add("postgres");
        String output;
        int exit;
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (OutputStream in = process.getOutputStream()) {
                in.write(SETUP.formatted(scramVerifier(password)).getBytes(StandardCharsets.UTF_8));
            }
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new StartupRefused("The embedded PostgreSQL in " + dataDirectory
                        + " did not finish its setup within 5 minutes");
            }
            exit = process.exitValue();
        } catch (IOException e) {
            throw new StartupRefused("The embedded PostgreSQL in " + dataDirectory + " could not be set up: "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StartupRefused("Interrupted while setting up the embedded PostgreSQL in " + dataDirectory);
        }
        String failure = output.lines()
                .map(EmbeddedDatabaseRoles::problem)
                .filter(problem -> problem != null)
                .findFirst().orElse(exit == 0 ? null : "exit code " + exit);
        if (failure == null) {
            return;
        }
        if (failure.contains("lock file \"postmaster.pid\" already exists")) {
            throw new StartupRefused("The embedded database's data directory " + dataDirectory + " is in use by a "
                    + "PostgreSQL that is still running (another instance of the application?): stop it, or set "
                    + "HOTLINE_DATA_DIRECTORY to another directory");
        }
        // Only PostgreSQL's message: the lines after it quote the statement, which holds the verifier.
        throw new StartupRefused("The embedded PostgreSQL in " + dataDirectory + " could not be set up: " + failure);
    }

    /** PostgreSQL's message from a line of its log that reports a failure, or null. */
    private static String problem(String line) {
        for (String severity : List.of("PANIC:", "FATAL:", "ERROR:")) {
            int at = line.indexOf(severity);
            if (at >= 0) {
                return line.substring(at).replaceAll("\\s+", " ").strip();
            }
        }
        return null;
    }

    /** What PostgreSQL stores for a SCRAM-SHA-256 password (RFC 5802, RFC 7677), computed here as psql does. */
    static String scramVerifier(String password) {
        try {
            byte[] salt = new byte[16];
            new SecureRandom().nextBytes(salt);
            // The generated passwords are ASCII letters, digits, '-' and '_': SASLprep leaves them as they are.
            byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, SCRAM_ITERATIONS, 256)).getEncoded();
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(hmac(salted, "Client Key"));
            byte[] serverKey = hmac(salted, "Server Key");
            Base64.Encoder base64 = Base64.getEncoder();
            return "SCRAM-SHA-256$" + SCRAM_ITERATIONS + ":" + base64.encodeToString(salt) + "$"
                    + base64.encodeToString(storedKey) + ":" + base64.encodeToString(serverKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }
}
