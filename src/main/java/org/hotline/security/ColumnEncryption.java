package org.hotline.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rewrites stored personal values with the current key, column by column as the features name them
 * ({@link PersonalDataColumns}): in batches, each batch its own transaction, and each row only if its value is still
 * the one read. Two nodes doing it at once, or a request writing the same row meanwhile, therefore never leave a value
 * encrypted twice or overwrite a newer one.
 */
@Component
class ColumnEncryption {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate transaction;
    private final List<PersonalDataColumns.Column> columns;

    ColumnEncryption(JdbcTemplate jdbc, PersonalDataCipher cipher, TransactionTemplate transaction,
                     List<PersonalDataColumns> features) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.transaction = transaction;
        List<PersonalDataColumns.Column> all = new ArrayList<>();
        features.forEach(feature -> all.addAll(feature.personalColumns()));
        all.sort(java.util.Comparator.comparing(PersonalDataColumns.Column::qualified));
        this.columns = List.copyOf(all);
    }

    /** Every column of personal data, of every feature. */
    List<PersonalDataColumns.Column> columns() {
        return columns;
    }

    /** The column named so, if a feature declares it personal data. */
    Optional<PersonalDataColumns.Column> column(String table, String name) {
        return columns.stream().filter(c -> c.table().equals(table) && c.name().equals(name)).findFirst();
    }

    /**
     * Encrypts with the current key every value of the column that does not start with {@code keep}: the prefix of
     * the current key for a rotation, the prefix of any ciphertext for values written in plain text. Returns how many
     * values were rewritten.
     */
    int encrypt(PersonalDataColumns.Column column, String keep) {
        String select = "select id, %s as value from %s where id > ? and %s is not null and not starts_with(%s, ?) "
                .formatted(column.name(), column.table(), column.name(), column.name()) + "order by id limit " + BATCH;
        String update = "update %s set %s = ? where id = ? and %s = ?"
                .formatted(column.table(), column.name(), column.name());
        int count = 0;
        long after = 0;
        while (true) {
            List<Map<String, Object>> rows = jdbc.queryForList(select, after, keep);
            if (rows.isEmpty()) {
                return count;
            }
            after = ((Number) rows.get(rows.size() - 1).get("id")).longValue();
            Integer done = transaction.execute(status -> {
                int updated = 0;
                for (Map<String, Object> row : rows) {
                    String stored = (String) row.get("value");
                    if (!stored.startsWith(keep)) {
                        updated += jdbc.update(update, cipher.encrypt(cipher.decrypt(stored)), row.get("id"), stored);
                    }
                }
                return updated;
            });
            count += done == null ? 0 : done;
        }
    }

    /** How many stored values another key than the current one protects, or none. */
    int stale() {
        String current = PersonalDataCipher.PREFIX + cipher.currentKeyId() + ":";
        int stale = 0;
        for (PersonalDataColumns.Column column : columns) {
            Integer count = jdbc.queryForObject("select count(*) from %s where %s is not null and not starts_with(%s, ?)"
                    .formatted(column.table(), column.name(), column.name()), Integer.class, current);
            stale += count == null ? 0 : count;
        }
        return stale;
    }
}
