package org.hotline.consent;

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
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Decide reporting obligation decision table")
class ReportingObligationDecisionTest {

    private static final Path DMN_FILE = Path.of("processes", "reporting-obligation.dmn");

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(DMN_FILE)) {
            decision = engine.parseDecision("ReportingObligationDecision", in);
        }
    }

    private static DmnDecisionRuleResult decide(boolean imminentDanger, String minorStatus,
                                                boolean detailSufficient, String callerType,
                                                boolean consentToReport, int indicatorCount) {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("imminentDanger", imminentDanger)
                .putValue("minorStatus", minorStatus)
                .putValue("detailSufficient", detailSufficient)
                .putValue("callerType", callerType)
                .putValue("consentToReport", consentToReport)
                .putValue("indicatorCount", indicatorCount));
        assertThat(result).as("exactly one rule must answer").hasSize(1);
        DmnDecisionRuleResult ruleResult = result.getSingleResult();
        assertThat(ruleResult.<String>getEntry("reportingReason")).isNotBlank();
        return ruleResult;
    }

    @Test
    @DisplayName("the decision carries the expected name")
    void decisionIsNamed() {
        assertThat(decision.getKey()).isEqualTo("ReportingObligationDecision");
        assertThat(decision.getName()).isEqualTo("Decide reporting obligation");
    }

    @Test
    @DisplayName("imminent danger calls for an emergency report on the imminent-danger ground")
    void imminentDangerIsEmergency() {
        DmnDecisionRuleResult result = decide(true, "NOT_MINOR", true, "VICTIM", false, 0);

        assertThat(result.<String>getEntry("reportingAction")).isEqualTo("EMERGENCY");
        assertThat(result.<String>getEntry("legalGround")).isEqualTo("IMMINENT_DANGER");
    }

    @Test
    @DisplayName("imminent danger wins over the mandatory child-protection duty")
    void imminentDangerTakesPrecedenceOverMinor() {
        DmnDecisionRuleResult result = decide(true, "MINOR_MANDATORY", false, "ANONYMOUS", false, 0);

        assertThat(result.<String>getEntry("reportingAction")).isEqualTo("EMERGENCY");
        assertThat(result.<String>getEntry("legalGround")).isEqualTo("IMMINENT_DANGER");
    }

    @Test
    @DisplayName("a minor under the mandatory age is reported to child protection")
    void mandatoryMinorIsReported() {
        DmnDecisionRuleResult result = decide(false, "MINOR_MANDATORY", true, "VICTIM", true, 2);

        assertThat(result.<String>getEntry("reportingAction")).isEqualTo("MANDATORY_CHILD_PROTECTION");
        assertThat(result.<String>getEntry("legalGround")).isEqualTo("MANDATORY_CHILD_PROTECTION");
    }

    @Test
    @DisplayName("the mandatory duty applies without consent and without enough detail")
    void mandatoryDutyOverridesConsentAndDetail() {
        DmnDecisionRuleResult result = decide(false, "MINOR_MANDATORY", false, "THIRD_PARTY", false, 0);

        assertThat(result.<String>getEntry("reportingAction")).isEqualTo("MANDATORY_CHILD_PROTECTION");
        assertThat(result.<String>getEntry("legalGround")).isEqualTo("MANDATORY_CHILD_PROTECTION");
    }

    @Test
    @DisplayName("a minor between the two ages may be reported, with no legal ground to override consent")
    void discretionaryMinor() {
        DmnDecisionRuleResult result = decide(false, "MINOR_DISCRETIONARY", false, "VICTIM", false, 0);

        assertThat(result.<String>getEntry("reportingAction")).isEqualTo("DISCRETIONARY_CHILD_PROTECTION");
        assertThat(result.getEntryMap()).containsEntry("legalGround", null);
    }

    @ParameterizedTest(name = "minor status {0}")
    @DisplayName("without enough detail nothing is reported, even with consent and indicators")
    @ValueSource(strings = {"NOT_MINOR", "UNKNOWN"})
    void insufficientDetailBlocksReport(String minorStatus) {
        DmnDecisionRuleResult result = decide(false, minorStatus, false, "VICTIM", true, 4);

        assertThat(result.<String>getEntry("reportingAction")).isEqualTo("NO_REPORT_INSUFFICIENT_DETAIL");
        assertThat(result.getEntryMap()).containsEntry("legalGround", null);
    }

    @ParameterizedTest(name = "{0}, minor status {1}, {2} indicator(s)")
    @DisplayName("a consenting victim or survivor with indicators is reported with consent")
    @CsvSource({
        "VICTIM,   NOT_MINOR, 1",
        "SURVIVOR, NOT_MINOR, 1",
        "VICTIM,   UNKNOWN,   3",
        "SURVIVOR, UNKNOWN,   6"
    })
    void reportWithConsent(String callerType, String minorStatus, int indicatorCount) {
        DmnDecisionRuleResult result = decide(false, minorStatus, true, callerType, true, indicatorCount);

        assertThat(result.<String>getEntry("reportingAction")).isEqualTo("REPORT_WITH_CONSENT");
        assertThat(result.getEntryMap()).containsEntry("legalGround", null);
    }

    @ParameterizedTest(name = "{0}, minor status {1}, {2} indicator(s)")
    @DisplayName("a consenting third party or anonymous caller with indicators gives a third-party report")
    @CsvSource({
        "THIRD_PARTY, NOT_MINOR, 1",
        "ANONYMOUS,   NOT_MINOR, 1",
        "THIRD_PARTY, UNKNOWN,   2",
        "ANONYMOUS,   UNKNOWN,   3"
    })
    void thirdPartyReport(String callerType, String minorStatus, int indicatorCount) {
        DmnDecisionRuleResult result = decide(false, minorStatus, true, callerType, true, indicatorCount);

        assertThat(result.<String>getEntry("reportingAction")).isEqualTo("THIRD_PARTY_REPORT");
        assertThat(result.getEntryMap()).containsEntry("legalGround", null);
    }

    @ParameterizedTest(name = "{0}, consent = {1}, {2} indicator(s)")
    @DisplayName("without consent or without indicators the caller is only referred")
    @CsvSource({
        "VICTIM,      false, 3",
        "SURVIVOR,    false, 1",
        "THIRD_PARTY, false, 5",
        "ANONYMOUS,   false, 1",
        "VICTIM,      true,  0",
        "SURVIVOR,    true,  0",
        "THIRD_PARTY, true,  0",
        "ANONYMOUS,   true,  0"
    })
    void referralOnly(String callerType, boolean consentToReport, int indicatorCount) {
        DmnDecisionRuleResult result = decide(false, "NOT_MINOR", true, callerType, consentToReport, indicatorCount);

        assertThat(result.<String>getEntry("reportingAction")).isEqualTo("REFERRAL_ONLY");
        assertThat(result.getEntryMap()).containsEntry("legalGround", null);
    }
}
