package org.hotline.consent;

public enum ConsentMethod {
    VERBAL, WRITTEN, ELECTRONIC
}
