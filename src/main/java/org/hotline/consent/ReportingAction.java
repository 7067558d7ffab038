package org.hotline.consent;

/**
 * The reporting duties the reporting-obligation table finds, most urgent first. A case may have several: they add up.
 * {@link #REFERRAL_ONLY} stands for "no duty at all" once consent is known.
 */
public enum ReportingAction {
    EMERGENCY, MANDATORY_CHILD_PROTECTION, INTERNATIONAL_LIAISON, DISCRETIONARY_CHILD_PROTECTION, REPORT_WITH_CONSENT,
    THIRD_PARTY_REPORT, NO_PROTOCOL_IN_PLACE, NO_REPORT_INSUFFICIENT_DETAIL, REFERRAL_ONLY;

    /** Actions that lead to a report task; the case cannot close while that report is pending. */
    public boolean leadsToReport() {
        return this == EMERGENCY || this == MANDATORY_CHILD_PROTECTION || this == DISCRETIONARY_CHILD_PROTECTION
                || this == REPORT_WITH_CONSENT || this == THIRD_PARTY_REPORT || this == INTERNATIONAL_LIAISON;
    }

    /** Reports made only because the caller agreed: a withdrawal of that consent cancels them. */
    public boolean reliesOnConsent() {
        return this == REPORT_WITH_CONSENT || this == THIRD_PARTY_REPORT;
    }
}
