package org.hotline.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password of the embedded PostgreSQL's application role. A kept database has it in a file beside its data
 * directory ({@code database.password}, beside {@code encryption.keys}), created at first start readable by the
 * application's user only; a file others can read is refused, like the key file. Deleting the file makes the next
 * start generate a new password and set it in the database. A throw-away database gets one held in memory.
 */
final class EmbeddedDatabasePassword {

    static final String FILE_NAME = "database.password";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabasePassword.class);
    private static final SecureRandom random = new SecureRandom();

    private EmbeddedDatabasePassword() {
    }

    /** 256 random bits, URL-safe base64: nothing in it needs quoting in SQL, a URL or a shell. */
    static String generate() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The password in the file, after creating the file with a new one if there is none. */
    static String readOrCreate(Path file) {
        if (!Files.exists(file)) {
            create(file);
        }
        requireOwnerOnly(file);
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new StartupRefused("The embedded database's password file " + file + " cannot be read: make it "
                    + "readable by the user who runs the application (" + System.getProperty("user.name")
                    + "), or delete it to have a new password made at the next start");
        }
        String password = properties.getProperty("password", "").strip();
        if (password.isEmpty()) {
            throw new StartupRefused("The embedded database's password file " + file + " holds no password: "
                    + "delete it to have a new one made at the next start");
        }
        return password;
    }

    private static void create(Path file) {
        Properties properties = new Properties();
        properties.setProperty("password", generate());
        try {
            // Written whole under another name, readable by the application's user only from its first byte, then
            // moved into place: a start cut short leaves no half-written password file.
            Path draft;
            try {
                draft = Files.createTempFile(file.getParent(), FILE_NAME, ".new",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                draft = Files.createTempFile(file.getParent(), FILE_NAME, ".new"); // not POSIX: the directory's rights apply
            }
            try (OutputStream out = Files.newOutputStream(draft)) {
                properties.store(out, "Hotline Case Engine: the password of the embedded PostgreSQL's role "
                        + EmbeddedDatabase.ROLE + ". Keep it secret; delete this file to have a new one set at the next start.");
            }
            Files.move(draft, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StartupRefused("The embedded database's password file " + file + " cannot be written: make "
                    + file.getParent() + " writable by the user who runs the application, or set HOTLINE_DATA_DIRECTORY");
        }
        log.info("Generated a password for the embedded database in {}", file);
    }

    /** A password file others can read is refused: it opens every case in the database. */
    private static void requireOwnerOnly(Path file) {
        try {
            boolean shared = Files.getPosixFilePermissions(file).stream()
                    .anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
            if (shared) {
                throw new StartupRefused("The embedded database's password file " + file
                        + " can be read by others than its owner: chmod 600 it");
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to check here.
        } catch (IOException e) {
            throw new StartupRefused("The embedded database's password file " + file + " cannot be read: make it "
                    + "readable by the user who runs the application, or delete it to have a new password made at the next start");
        }
    }
}
