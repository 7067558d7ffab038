package org.hotline.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.hotline.platform.StartupRefused;

/**
 * Encrypts personal data at rest with AES-256-GCM. A ciphertext reads {@code enc:v1:<keyId>:<base64(iv | data | tag)>}:
 * the key id in each value lets keys rotate, old values staying readable while a new key encrypts, until
 * re-encryption moves them all to the new key.
 *
 * <p>Keys come, in this order, from {@code hotline.encryption.keys.<id>} (base64, 256 bits; for example the
 * environment variable {@code HOTLINE_ENCRYPTION_KEYS_K2}) with {@code hotline.encryption.current-key}; or from the
 * key file {@code hotline.encryption.key-file} ({@code current=<id>} and {@code key.<id>=<base64>} lines). On the
 * embedded database a key file is generated beside its data directory at first start, or a key is made up in memory
 * for a throw-away database. On an external database without a key the application refuses to start.
 */
@Component
public class PersonalDataCipher {

    static final String PREFIX = "enc:v1:";
    private static final Logger log = LoggerFactory.getLogger(PersonalDataCipher.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys;
    private final String current;
    private final SecureRandom random = new SecureRandom();

    PersonalDataCipher(Environment environment) {
        Map<String, SecretKey> configured = new LinkedHashMap<>();
        String currentId = environment.getProperty("hotline.encryption.current-key", "");
        for (String id : keyIds(environment)) {
            configured.put(id, key(environment.getProperty("hotline.encryption.keys." + id), "hotline.encryption.keys." + id));
        }
        if (configured.isEmpty()) {
            Path file = keyFile(environment);
            if (file == null) {
                if (!environment.getProperty("spring.datasource.url", "").isEmpty()) {
                    throw new StartupRefused("No encryption key for personal data: set "
                            + "HOTLINE_ENCRYPTION_KEYS_<ID> (a base64 AES-256 key) and HOTLINE_ENCRYPTION_CURRENT_KEY, or "
                            + "HOTLINE_ENCRYPTION_KEY_FILE; see docs/security.md");
                }
                log.info("Throw-away database: personal data is encrypted with a key held in memory only");
                configured.put("ephemeral", generate());
                currentId = "ephemeral";
            } else {
                Properties properties = readOrCreate(file);
                for (String name : properties.stringPropertyNames()) {
                    if (name.startsWith("key.")) {
                        configured.put(name.substring(4), key(properties.getProperty(name), file + " " + name));
                    }
                }
                currentId = properties.getProperty("current", "");
            }
        }
        if (currentId.isBlank() && configured.size() == 1) {
            currentId = configured.keySet().iterator().next();
        }
        if (!configured.containsKey(currentId)) {
            throw new StartupRefused("The current encryption key '" + currentId + "' is not among the configured keys "
                    + configured.keySet() + ": set hotline.encryption.current-key");
        }
        this.keys = Map.copyOf(configured);
        this.current = currentId;
    }

    public String currentKeyId() {
        return current;
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(current.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + current + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** Plain text written before encryption was on is returned as it is; re-encryption encrypts it. */
    public String decrypt(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String keyId = stored.substring(PREFIX.length(), colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("Personal data encrypted with key '" + keyId + "', which is not configured");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Personal data encrypted with key '" + keyId + "' cannot be decrypted", e);
        }
    }

    /** Whether a stored value needs re-encryption: plain text, or encrypted with another key than the current one. */
    public boolean isStale(String stored) {
        return stored != null && !stored.startsWith(PREFIX + current + ":");
    }

    /** A new random AES-256 key, base64: what to put in a key file or an environment variable. */
    public static String newKey() {
        return Base64.getEncoder().encodeToString(generate().getEncoded());
    }

    private static Set<String> keyIds(Environment environment) {
        Set<String> ids = new java.util.TreeSet<>();
        if (environment instanceof org.springframework.core.env.ConfigurableEnvironment configurable) {
            for (var source : configurable.getPropertySources()) {
                if (source instanceof org.springframework.core.env.EnumerablePropertySource<?> enumerable) {
                    for (String name : enumerable.getPropertyNames()) {
                        String normalized = name.replace('_', '.').toLowerCase(java.util.Locale.ROOT);
                        if (normalized.startsWith("hotline.encryption.keys.")) {
                            ids.add(normalized.substring("hotline.encryption.keys.".length()));
                        }
                    }
                }
            }
        }
        ids.removeIf(id -> environment.getProperty("hotline.encryption.keys." + id, "").isBlank());
        return ids;
    }

    private static Path keyFile(Environment environment) {
        String file = environment.getProperty("hotline.encryption.key-file", "");
        if (!file.isBlank()) {
            return Path.of(file);
        }
        String data = environment.getProperty("hotline.embedded-database.data-directory", "");
        if (environment.getProperty("spring.datasource.url", "").isEmpty() && !data.isBlank()) {
            return Path.of(data).toAbsolutePath().getParent().resolve("encryption.keys");
        }
        return null;
    }

    private static Properties readOrCreate(Path file) {
        Properties properties = new Properties();
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                properties.setProperty("current", "k1");
                properties.setProperty("key.k1", newKey());
                try {
                    // Created readable by the application's user only, never for a moment by anyone else.
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file); // not a POSIX file system: the directory's permissions apply
                }
                try (OutputStream out = Files.newOutputStream(file)) {
                    properties.store(out, "Hotline Case Engine: keys for personal data at rest. Keep it secret, back it up apart from the data.");
                }
                log.info("Generated an encryption key for personal data in {}", file);
            }
            requireOwnerOnly(file);
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            }
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("The encryption key file " + file + " cannot be read or written", e);
        }
    }

    /** A key file others can read is refused: the keys are worth as much as the data they protect. */
    private static void requireOwnerOnly(Path file) throws IOException {
        try {
            var permissions = Files.getPosixFilePermissions(file);
            boolean shared = permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"));
            if (shared) {
                throw new StartupRefused("The encryption key file " + file + " can be read by others than its owner: "
                        + "chmod 600 it");
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: nothing to check here.
        }
    }

    private static SecretKey key(String base64, String where) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new StartupRefused(where + " is not base64");
        }
        if (bytes.length != 32) {
            throw new StartupRefused(where + " must be a 256-bit AES key (32 bytes, base64)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static SecretKey generate() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
