package org.hotline.consent;

/** What the reporting-obligation table decides. */
public enum ReportingAction {
    EMERGENCY, MANDATORY_CHILD_PROTECTION, DISCRETIONARY_CHILD_PROTECTION, NO_REPORT_INSUFFICIENT_DETAIL,
    REPORT_WITH_CONSENT, THIRD_PARTY_REPORT, REFERRAL_ONLY;

    /** Actions that lead to a report task; the case cannot close while that report is pending. */
    public boolean leadsToReport() {
        return this == EMERGENCY || this == MANDATORY_CHILD_PROTECTION || this == DISCRETIONARY_CHILD_PROTECTION
                || this == REPORT_WITH_CONSENT || this == THIRD_PARTY_REPORT;
    }

    /** Reports made only because the caller agreed: a withdrawal of that consent cancels them. */
    public boolean reliesOnConsent() {
        return this == REPORT_WITH_CONSENT || this == THIRD_PARTY_REPORT;
    }
}
