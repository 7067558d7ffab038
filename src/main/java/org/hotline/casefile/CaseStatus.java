package org.hotline.casefile;

public enum CaseStatus {
    OPEN, CLOSED
}
