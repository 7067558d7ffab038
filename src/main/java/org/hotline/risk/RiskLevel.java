package org.hotline.risk;

public enum RiskLevel {
    LOW, MODERATE, HIGH, CRITICAL
}
