package org.hotline.referral;

public enum ReportStatus {
    PENDING, SENT, CANCELLED, NOT_MADE, SIGNAL
}
