package org.hotline.consent;

import java.util.List;
import org.hotline.security.PersonalDataColumns;
import org.springframework.stereotype.Component;

/**
 * The consent ledger's personal data: the recipient (a named person or a small agency) and the wording read to the
 * caller (the advocate may have edited it). Purpose, answer, method, who recorded it and when are not.
 */
@Component
class ConsentPersonalColumns implements PersonalDataColumns {

    @Override
    public List<Column> personalColumns() {
        return List.of(
                new Column("consent", "recipient", "case_id"),
                new Column("consent", "wording", "case_id"));
    }
}
