package org.hotline.security;

import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A migration that makes a column personal data lists it in {@code plaintext_column}: its rows written before hold
 * plain text. At start the node that holds the startup lock encrypts those values and crosses the column off, so
 * that an upgrade leaves nothing readable behind without an administrator's step. Only columns a feature declares
 * personal data ({@link PersonalDataColumns}) are rewritten. A node stopped half-way leaves the row and the next
 * start carries on from the values still plain; rows are rewritten only if unchanged since read, so a second node
 * or a request writing meanwhile is safe.
 */
@Component
class PlaintextColumns {

    private static final Logger log = LoggerFactory.getLogger(PlaintextColumns.class);

    private final JdbcTemplate jdbc;
    private final ColumnEncryption encryption;

    PlaintextColumns(JdbcTemplate jdbc, ColumnEncryption encryption) {
        this.jdbc = jdbc;
        this.encryption = encryption;
    }

    @EventListener(ApplicationReadyEvent.class)
    void encryptWrittenBefore() {
        List<Map<String, Object>> listed = jdbc.queryForList(
                "select table_name, column_name from plaintext_column order by table_name, column_name");
        for (Map<String, Object> row : listed) {
            String table = (String) row.get("table_name");
            String name = (String) row.get("column_name");
            var column = encryption.column(table, name);
            if (column.isEmpty()) {
                log.warn("plaintext_column lists {}.{}, which no feature declares personal data: left as it is",
                        table, name);
                continue;
            }
            int encrypted = encryption.encrypt(column.get(), PersonalDataCipher.PREFIX);
            jdbc.update("delete from plaintext_column where table_name = ? and column_name = ?", table, name);
            if (encrypted > 0) {
                log.info("Encrypted {} values of {} written before it held encrypted personal data", encrypted,
                        column.get().qualified());
            }
        }
    }
}
