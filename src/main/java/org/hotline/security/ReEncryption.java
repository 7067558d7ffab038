package org.hotline.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Key rotation: after a new key is made current, re-encryption moves every personal value to it (and encrypts any
 * written before encryption was on), every column each feature names ({@link PersonalDataColumns}), in batches, each
 * batch its own transaction. Administrators only.
 */
@RestController
@Tag(name = "Administration")
class ReEncryption {

    private final ColumnEncryption columns;
    private final PersonalDataCipher cipher;
    private final org.hotline.audit.AuditLog audit;

    ReEncryption(ColumnEncryption columns, PersonalDataCipher cipher, org.hotline.audit.AuditLog audit) {
        this.columns = columns;
        this.cipher = cipher;
        this.audit = audit;
    }

    @GetMapping("/api/admin/encryption")
    @Operation(summary = "The current key, the configured key ids, and how many stored values another key (or none) protects")
    Map<String, Object> status() {
        requireAdmin();
        return Map.of("currentKey", cipher.currentKeyId(), "keyIds", cipher.keyIds().stream().sorted().toList(),
                "staleValues", columns.stale());
    }

    @PostMapping("/api/admin/encryption/re-encrypt")
    @Operation(summary = "Re-encrypt every personal value with the current key; answers how many values moved per column")
    Map<String, Object> reEncrypt() {
        requireAdmin();
        String current = PersonalDataCipher.PREFIX + cipher.currentKeyId() + ":";
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (PersonalDataColumns.Column column : columns.columns()) {
            moved.put(column.qualified(), columns.encrypt(column, current));
        }
        audit.changed("RE_ENCRYPTED", null, "Personal data re-encrypted with key " + cipher.currentKeyId() + ": " + moved);
        return Map.of("currentKey", cipher.currentKeyId(), "reEncrypted", moved, "staleValues", columns.stale());
    }

    private static void requireAdmin() {
        if (!CurrentUser.hasRole(Roles.ADMIN)) {
            throw org.hotline.platform.ApiProblem.forbidden("Administrators only");
        }
    }
}
