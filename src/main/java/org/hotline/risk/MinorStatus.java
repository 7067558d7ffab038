package org.hotline.risk;

/**
 * Where the person stands against the two ages of the jurisdiction's child-protection law. Younger than the
 * mandatory-report age: the duty to report applies; between the two ages: a report may be made.
 */
public enum MinorStatus {
    MINOR_MANDATORY, MINOR_DISCRETIONARY, NOT_MINOR, UNKNOWN;

    boolean isMinor() {
        return this == MINOR_MANDATORY || this == MINOR_DISCRETIONARY;
    }

    /**
     * A known age decides. When the age is unknown and the person appears to be a minor, they are treated as a
     * minor below the mandatory-report age: the safer reading.
     */
    static MinorStatus of(Integer ageYears, Boolean appearsMinor, int ageOfProtection, int mandatoryReportAge) {
        if (ageYears != null) {
            if (ageYears < mandatoryReportAge) {
                return MINOR_MANDATORY;
            }
            return ageYears < ageOfProtection ? MINOR_DISCRETIONARY : NOT_MINOR;
        }
        return Boolean.TRUE.equals(appearsMinor) ? MINOR_MANDATORY : UNKNOWN;
    }
}
