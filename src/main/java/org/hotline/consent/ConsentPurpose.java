package org.hotline.consent;

public enum ConsentPurpose {
    REPORT_TO_LAW_ENFORCEMENT, REFER_TO_SERVICES, SHARE_WITH_AGENCY
}
