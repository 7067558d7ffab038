package org.hotline.security;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The columns of a feature's own tables that hold personal data, named by the feature the way it adds its part of
 * the case file. Each is written through {@link PersonalData} (encrypted), moved to the current key by
 * re-encryption, encrypted at start when a migration made it personal over values written in plain text
 * ({@code plaintext_column}), and cleared by retention. What no feature names here is not personal data, and is kept
 * after retention.
 */
public interface PersonalDataColumns {

    List<Column> personalColumns();

    /**
     * A column of personal data, in a table whose primary key is {@code id}; {@code caseKey} is the column that names
     * the case a row belongs to ({@code id} for the case itself). Names are SQL identifiers written in code, checked
     * here because they go into statements as they are.
     */
    record Column(String table, String name, String caseKey) {

        private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

        public Column {
            for (String identifier : new String[] {table, name, caseKey}) {
                if (identifier == null || !IDENTIFIER.matcher(identifier).matches()) {
                    throw new IllegalArgumentException("Not a column name: " + identifier);
                }
            }
        }

        /** {@code table.column}, as the docs and the re-encryption's answer name it. */
        public String qualified() {
            return table + "." + name;
        }
    }
}
