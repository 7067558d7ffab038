package org.hotline.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Key rotation: after a new key is made current, re-encryption moves every personal value to it (and encrypts any
 * written before encryption was on), in batches, each batch its own transaction. Administrators only.
 */
@RestController
@Tag(name = "Administration")
class ReEncryption {

    /** Every column holding personal data, with its table's key. */
    static final List<String[]> COLUMNS = List.of(
            new String[] {"case_contact", "id", "summary"},
            new String[] {"case_contact", "id", "caller_name"},
            new String[] {"case_contact", "id", "callback_number"},
            new String[] {"timeline_event", "id", "note"},
            new String[] {"report", "id", "contact"},
            new String[] {"report", "id", "response_note"},
            new String[] {"report", "id", "override_reason"});
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate transaction;
    private final org.hotline.audit.AuditLog audit;

    ReEncryption(JdbcTemplate jdbc, PersonalDataCipher cipher, TransactionTemplate transaction,
                 org.hotline.audit.AuditLog audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transaction = transaction;
    }

    @GetMapping("/api/admin/encryption")
    @Operation(summary = "The current key, the configured key ids, and how many stored values another key (or none) protects")
    Map<String, Object> status() {
        requireAdmin();
        return Map.of("currentKey", cipher.currentKeyId(), "keyIds", cipher.keyIds().stream().sorted().toList(),
                "staleValues", stale());
    }

    @PostMapping("/api/admin/encryption/re-encrypt")
    @Operation(summary = "Re-encrypt every personal value with the current key; answers how many values moved per column")
    Map<String, Object> reEncrypt() {
        requireAdmin();
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (String[] column : COLUMNS) {
            int count = 0;
            long after = 0;
            while (true) {
                List<Map<String, Object>> rows = jdbc.queryForList("select %s as id, %s as value from %s where %s > ? "
                        .formatted(column[1], column[2], column[0], column[1]) + "and %s is not null order by %s limit %d"
                        .formatted(column[2], column[1], BATCH), after);
                if (rows.isEmpty()) {
                    break;
                }
                after = ((Number) rows.get(rows.size() - 1).get("id")).longValue();
                Integer done = transaction.execute(status -> {
                    int updated = 0;
                    for (Map<String, Object> row : rows) {
                        String stored = (String) row.get("value");
                        if (cipher.isStale(stored)) {
                            // Only if nobody changed the value meanwhile.
                            updated += jdbc.update("update %s set %s = ? where %s = ? and %s = ?"
                                    .formatted(column[0], column[2], column[1], column[2]),
                                    cipher.encrypt(cipher.decrypt(stored)), row.get("id"), stored);
                        }
                    }
                    return updated;
                });
                count += done == null ? 0 : done;
            }
            moved.put(column[0] + "." + column[2], count);
        }
        audit.changed("RE_ENCRYPTED", null, "Personal data re-encrypted with key " + cipher.currentKeyId() + ": " + moved);
        return Map.of("currentKey", cipher.currentKeyId(), "reEncrypted", moved, "staleValues", stale());
    }

    private int stale() {
        int stale = 0;
        for (String[] column : COLUMNS) {
            Integer count = jdbc.queryForObject("select count(*) from %s where %s is not null and %s not like ?"
                    .formatted(column[0], column[2], column[2]), Integer.class,
                    PersonalDataCipher.PREFIX + cipher.currentKeyId() + ":%");
            stale += count == null ? 0 : count;
        }
        return stale;
    }

    private static void requireAdmin() {
        if (!CurrentUser.hasRole(Roles.ADMIN)) {
            throw org.hotline.platform.ApiProblem.forbidden("Administrators only");
        }
    }
}
