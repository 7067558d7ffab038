package org.hotline.risk;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * First-action SLA, task priority and follow-up delay of each risk level, used when an advocate or supervisor sets
 * the level by hand. The risk table gives the same figures for its own results.
 */
@ConfigurationProperties(prefix = "hotline.risk")
public record RiskLevelPolicy(Map<RiskLevel, Level> levels) {

    public RiskLevelPolicy {
        Map<RiskLevel, Level> all = new EnumMap<>(RiskLevel.class);
        all.put(RiskLevel.CRITICAL, new Level("PT15M", 100, "P1D"));
        all.put(RiskLevel.HIGH, new Level("PT1H", 75, "P1D"));
        all.put(RiskLevel.MODERATE, new Level("PT24H", 50, "P2D"));
        all.put(RiskLevel.LOW, new Level("P3D", 25, "P2D"));
        if (levels != null) {
            all.putAll(levels);
        }
        levels = Map.copyOf(all);
    }

    public Level of(RiskLevel level) {
        return levels.get(level);
    }

    public record Level(String slaFirstAction, int taskPriority, String followUpDelay) {
    }
}
