package org.hotline.casefile;

public enum CallerType {
    VICTIM, SURVIVOR, THIRD_PARTY, ANONYMOUS
}
