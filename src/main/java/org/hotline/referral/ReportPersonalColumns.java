package org.hotline.referral;

import java.util.List;
import org.hotline.security.PersonalDataColumns;
import org.springframework.stereotype.Component;

/**
 * A report's personal data: the person contacted, the agency's reference (it leads to the agency's file on the
 * person), the agency's answer and an override's reason. The agency, channel, status, legal ground and the reason a
 * report was closed (always the engine's own words) are not.
 */
@Component
class ReportPersonalColumns implements PersonalDataColumns {

    @Override
    public List<Column> personalColumns() {
        return List.of(
                new Column("report", "contact", "case_id"),
                new Column("report", "reference", "case_id"),
                new Column("report", "response_note", "case_id"),
                new Column("report", "override_reason", "case_id"));
    }
}
