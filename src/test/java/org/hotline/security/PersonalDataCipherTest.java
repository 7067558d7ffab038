package org.hotline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** AES-256-GCM with a key id in every value: keys rotate, tampering and missing keys are refused, no key no start. */
class PersonalDataCipherTest {

    private static final String K1 = PersonalDataCipher.newKey();
    private static final String K2 = PersonalDataCipher.newKey();

    @Test
    @DisplayName("Rotation: values under the old key stay readable, the new key encrypts, isStale tells which to move")
    void rotation() {
        PersonalDataCipher before = cipher(new MockEnvironment().withProperty("hotline.encryption.keys.k1", K1));
        String old = before.encrypt("Caller's story");
        assertThat(old).startsWith("enc:v1:k1:").doesNotContain("Caller");
        assertThat(before.encrypt("Caller's story")).as("a fresh IV each time").isNotEqualTo(old);

        PersonalDataCipher after = cipher(new MockEnvironment().withProperty("hotline.encryption.keys.k1", K1)
                .withProperty("hotline.encryption.keys.k2", K2).withProperty("hotline.encryption.current-key", "k2"));
        assertThat(after.decrypt(old)).isEqualTo("Caller's story");
        assertThat(after.isStale(old)).isTrue();
        String moved = after.encrypt(after.decrypt(old));
        assertThat(moved).startsWith("enc:v1:k2:");
        assertThat(after.isStale(moved)).isFalse();
        assertThat(after.decrypt("written in plain text")).isEqualTo("written in plain text");
        assertThat(after.isStale("written in plain text")).isTrue();

        PersonalDataCipher withoutOldKey = cipher(new MockEnvironment().withProperty("hotline.encryption.keys.k2", K2));
        assertThatThrownBy(() -> withoutOldKey.decrypt(old)).hasMessageContaining("key 'k1', which is not configured")
                .hasMessageNotContaining("Caller");
        String tampered = old.substring(0, old.length() - 6) + (old.endsWith("AAAA==") ? "BBBB==" : "AAAA==");
        assertThatThrownBy(() -> before.decrypt(tampered)).hasMessageContaining("cannot be decrypted");
    }

    @Test
    @DisplayName("On an external database without a key, or with a bad one, the application refuses to start and says why")
    void refusesWithoutKey() {
        assertThatThrownBy(() -> cipher(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/h")))
                .hasMessageContaining("No encryption key for personal data").hasMessageContaining("HOTLINE_ENCRYPTION_KEYS_");
        assertThatThrownBy(() -> cipher(new MockEnvironment().withProperty("hotline.encryption.keys.k1", "c2hvcnQ=")))
                .hasMessageContaining("must be a 256-bit AES key");
        assertThatThrownBy(() -> cipher(new MockEnvironment().withProperty("hotline.encryption.keys.k1", K1)
                .withProperty("hotline.encryption.keys.k2", K2)))
                .hasMessageContaining("current encryption key");
    }

    @Test
    @DisplayName("A key file is generated readable by its owner only; one readable by others is refused")
    void keyFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path directory) throws Exception {
        java.nio.file.Path file = directory.resolve("keys").resolve("encryption.keys");
        PersonalDataCipher generated = cipher(new MockEnvironment().withProperty("hotline.encryption.key-file", file.toString()));
        assertThat(java.nio.file.Files.getPosixFilePermissions(file)).extracting(Enum::name)
                .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
        String sealed = generated.encrypt("kept");
        assertThat(cipher(new MockEnvironment().withProperty("hotline.encryption.key-file", file.toString())).decrypt(sealed))
                .isEqualTo("kept");
        java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> cipher(new MockEnvironment().withProperty("hotline.encryption.key-file", file.toString())))
                .hasMessageContaining("can be read by others").hasMessageContaining("chmod 600");
    }

    private static PersonalDataCipher cipher(MockEnvironment environment) {
        return new PersonalDataCipher(environment);
    }
}
