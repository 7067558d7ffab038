package org.hotline.referral;

/** PROPOSED by the directory; SENT by the advocate; then the service's answer. */
public enum ReferralStatus {
    PROPOSED, NOT_SELECTED, SENT, ACKNOWLEDGED, ACCEPTED, DECLINED, SERVICE_STARTED, WITHDRAWN;

    boolean awaitsOutcome() {
        return this == SENT || this == ACKNOWLEDGED;
    }

    /** The answers a service can give next. */
    java.util.Set<ReferralStatus> next() {
        return switch (this) {
            case SENT -> java.util.EnumSet.of(ACKNOWLEDGED, ACCEPTED, DECLINED);
            case ACKNOWLEDGED -> java.util.EnumSet.of(ACCEPTED, DECLINED);
            case ACCEPTED -> java.util.EnumSet.of(SERVICE_STARTED, DECLINED);
            default -> java.util.EnumSet.noneOf(ReferralStatus.class);
        };
    }

    boolean canMoveTo(ReferralStatus status) {
        return next().contains(status);
    }
}
