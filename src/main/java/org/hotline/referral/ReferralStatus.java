package org.hotline.referral;

/** PROPOSED by the directory; SENT by the advocate; then the service's answer. */
public enum ReferralStatus {
    PROPOSED, NOT_SELECTED, SENT, ACKNOWLEDGED, ACCEPTED, DECLINED, SERVICE_STARTED, WITHDRAWN;

    boolean awaitsOutcome() {
        return this == SENT || this == ACKNOWLEDGED || this == ACCEPTED;
    }
}
