package org.hotline.directory;

import java.util.Map;

/** What an import did, per HSDS table: rows created, updated, unchanged; and rows removed from imported parents. */
public record ImportResult(Map<String, Counts> tables, int removed) {

    enum Outcome { CREATED, UPDATED, UNCHANGED }

    public boolean changedNothing() {
        return removed == 0 && tables.values().stream().allMatch(c -> c.created == 0 && c.updated == 0);
    }

    public static final class Counts {
        public int created;
        public int updated;
        public int unchanged;

        void add(Outcome outcome) {
            switch (outcome) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
    }
}
