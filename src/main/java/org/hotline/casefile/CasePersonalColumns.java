package org.hotline.casefile;

import java.util.List;
import org.hotline.security.PersonalDataColumns;
import org.springframework.stereotype.Component;

/**
 * The case file's personal data: what callers said, their names and numbers, when and how they may be reached safely
 * (the safe-contact plan's times, code word and note), advocates' notes, and the
 * municipality, which with age and trafficking type can point to one person in a small community. The province or
 * territory is not: it stays for statistics and routes the case.
 */
@Component
class CasePersonalColumns implements PersonalDataColumns {

    @Override
    public List<Column> personalColumns() {
        return List.of(
                new Column("hotline_case", "municipality", "id"),
                new Column("case_contact", "summary", "case_id"),
                new Column("case_contact", "caller_name", "case_id"),
                new Column("case_contact", "callback_number", "case_id"),
                new Column("timeline_event", "note", "case_id"),
                new Column("safe_contact_plan", "safe_times", "case_id"),
                new Column("safe_contact_plan", "code_word", "case_id"),
                new Column("safe_contact_plan", "note", "case_id"));
    }
}
