package org.hotline.casefile;

public enum TraffickingType {
    SEX, LABOUR, BOTH, UNKNOWN
}
