package org.hotline.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Assess risk decision table")
class RiskAssessmentDecisionTest {

    private static final Path DMN_FILE = Path.of("processes", "risk-assessment.dmn");

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(DMN_FILE)) {
            decision = engine.parseDecision("RiskAssessmentDecision", in);
        }
    }

    private static DmnDecisionRuleResult assess(boolean imminentDanger, boolean minor,
                                                int indicatorCount, boolean stillInSituation) {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("imminentDanger", imminentDanger)
                .putValue("minor", minor)
                .putValue("indicatorCount", indicatorCount)
                .putValue("stillInSituation", stillInSituation));
        assertThat(result).as("exactly one rule must answer").hasSize(1);
        return result.getSingleResult();
    }

    @Test
    @DisplayName("the decision carries the expected name")
    void decisionIsNamed() {
        assertThat(decision.getKey()).isEqualTo("RiskAssessmentDecision");
        assertThat(decision.getName()).isEqualTo("Assess risk");
    }

    @Test
    @DisplayName("imminent danger is critical: first action within 15 minutes, priority 100")
    void imminentDangerIsCritical() {
        DmnDecisionRuleResult result = assess(true, false, 0, false);

        assertThat(result.<String>getEntry("riskLevel")).isEqualTo("CRITICAL");
        assertThat(result.<String>getEntry("slaFirstAction")).isEqualTo("PT15M");
        assertThat(result.<Integer>getEntry("taskPriority")).isEqualTo(100);
        assertThat(result.<String>getEntry("followUpDelay")).isEqualTo("P1D");
        assertThat(result.<String>getEntry("riskReason")).isEqualTo("Imminent danger to the caller or others");
    }

    @Test
    @DisplayName("imminent danger wins over a minor with many indicators")
    void imminentDangerTakesPrecedenceOverEverything() {
        DmnDecisionRuleResult result = assess(true, true, 5, true);

        assertThat(result.<String>getEntry("riskLevel")).isEqualTo("CRITICAL");
        assertThat(result.<String>getEntry("slaFirstAction")).isEqualTo("PT15M");
        assertThat(result.<Integer>getEntry("taskPriority")).isEqualTo(100);
    }

    @Test
    @DisplayName("a minor is high risk even without any indicator")
    void minorIsHighRisk() {
        DmnDecisionRuleResult result = assess(false, true, 0, false);

        assertThat(result.<String>getEntry("riskLevel")).isEqualTo("HIGH");
        assertThat(result.<String>getEntry("slaFirstAction")).isEqualTo("PT1H");
        assertThat(result.<Integer>getEntry("taskPriority")).isEqualTo(75);
        assertThat(result.<String>getEntry("followUpDelay")).isEqualTo("P1D");
        assertThat(result.<String>getEntry("riskReason")).isEqualTo("The person is a minor");
    }

    @Test
    @DisplayName("the minor rule is reported before the many-indicators rule")
    void minorRuleComesBeforeIndicatorRule() {
        DmnDecisionRuleResult result = assess(false, true, 4, true);

        assertThat(result.<String>getEntry("riskLevel")).isEqualTo("HIGH");
        assertThat(result.<String>getEntry("riskReason")).isEqualTo("The person is a minor");
    }

    @Test
    @DisplayName("three indicators while still in the situation is high risk")
    void threeIndicatorsStillInSituationIsHigh() {
        DmnDecisionRuleResult result = assess(false, false, 3, true);

        assertThat(result.<String>getEntry("riskLevel")).isEqualTo("HIGH");
        assertThat(result.<String>getEntry("slaFirstAction")).isEqualTo("PT1H");
        assertThat(result.<Integer>getEntry("taskPriority")).isEqualTo(75);
        assertThat(result.<String>getEntry("followUpDelay")).isEqualTo("P1D");
        assertThat(result.<String>getEntry("riskReason"))
                .isEqualTo("Three or more indicators and still in the situation");
    }

    @Test
    @DisplayName("three indicators after leaving the situation is only moderate")
    void threeIndicatorsOutOfSituationIsModerate() {
        DmnDecisionRuleResult result = assess(false, false, 3, false);

        assertThat(result.<String>getEntry("riskLevel")).isEqualTo("MODERATE");
        assertThat(result.<String>getEntry("slaFirstAction")).isEqualTo("PT24H");
        assertThat(result.<Integer>getEntry("taskPriority")).isEqualTo(50);
        assertThat(result.<String>getEntry("followUpDelay")).isEqualTo("P2D");
        assertThat(result.<String>getEntry("riskReason")).isEqualTo("Trafficking indicators present");
    }

    @Test
    @DisplayName("no indicator at all is low risk with a three-day first action")
    void noIndicatorIsLow() {
        DmnDecisionRuleResult result = assess(false, false, 0, true);

        assertThat(result.<String>getEntry("riskLevel")).isEqualTo("LOW");
        assertThat(result.<String>getEntry("slaFirstAction")).isEqualTo("P3D");
        assertThat(result.<Integer>getEntry("taskPriority")).isEqualTo(25);
        assertThat(result.<String>getEntry("followUpDelay")).isEqualTo("P2D");
        assertThat(result.<String>getEntry("riskReason")).isEqualTo("No indicator of trafficking reported");
    }

    @ParameterizedTest(name = "{0} indicator(s), still in situation = {1} -> {2}, first action {3}, priority {4}")
    @DisplayName("indicator count boundaries for an adult not in imminent danger")
    @CsvSource({
        "0, false, LOW,      P3D,   25",
        "0, true,  LOW,      P3D,   25",
        "1, false, MODERATE, PT24H, 50",
        "1, true,  MODERATE, PT24H, 50",
        "2, false, MODERATE, PT24H, 50",
        "2, true,  MODERATE, PT24H, 50",
        "3, false, MODERATE, PT24H, 50",
        "3, true,  HIGH,     PT1H,  75",
        "8, false, MODERATE, PT24H, 50",
        "8, true,  HIGH,     PT1H,  75"
    })
    void indicatorBoundaries(int indicatorCount, boolean stillInSituation,
                             String expectedLevel, String expectedSla, int expectedPriority) {
        DmnDecisionRuleResult result = assess(false, false, indicatorCount, stillInSituation);

        assertThat(result.<String>getEntry("riskLevel")).isEqualTo(expectedLevel);
        assertThat(result.<String>getEntry("slaFirstAction")).isEqualTo(expectedSla);
        assertThat(result.<Integer>getEntry("taskPriority")).isEqualTo(expectedPriority);
        assertThat(result.<String>getEntry("riskReason")).isNotBlank();
    }
}
