package org.hotline.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reporting duties table on its own: every duty that applies is listed (hit policy COLLECT), so duties add up.
 * Before consent is asked {@code consentToReport} is empty and only duties that need no consent can match.
 */
@DisplayName("Decide reporting duties decision table")
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

    /** Duty to legal ground, in the table's order; a row without a reason fails the test. */
    private static Map<String, String> duties(boolean imminentDanger, String minorStatus, boolean detailSufficient,
                                              String callerType, Boolean consentToReport, int indicatorCount,
                                              boolean protocolInPlace, boolean abroad) {
        VariableMap variables = Variables.createVariables()
                .putValue("imminentDanger", imminentDanger)
                .putValue("minorStatus", minorStatus)
                .putValue("detailSufficient", detailSufficient)
                .putValue("callerType", callerType)
                .putValue("consentToReport", consentToReport)
                .putValue("indicatorCount", indicatorCount)
                .putValue("protocolInPlace", protocolInPlace)
                .putValue("abroad", abroad);
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, variables);
        Map<String, String> duties = new LinkedHashMap<>();
        result.getResultList().forEach(row -> {
            assertThat((String) row.get("reportingReason")).isNotBlank();
            assertThat(row.get("verified")).isInstanceOf(Boolean.class);
            duties.put((String) row.get("duty"), (String) row.get("legalGround"));
        });
        return duties;
    }

    private static Map<String, String> inCanada(boolean danger, String minorStatus, boolean detail, String callerType,
                                                Boolean consent, int indicators) {
        return duties(danger, minorStatus, detail, callerType, consent, indicators, true, false);
    }

    @Test
    @DisplayName("the decision carries the expected name and lists every matching duty")
    void decisionIsNamed() {
        assertThat(decision.getKey()).isEqualTo("ReportingObligationDecision");
        assertThat(decision.getName()).isEqualTo("Decide reporting duties");
    }

    @Test
    @DisplayName("a minor in imminent danger gets the emergency report and the child-protection report, before consent")
    void minorInDangerGetsBothDuties() {
        Map<String, String> duties = inCanada(true, "MINOR_MANDATORY", false, "ANONYMOUS", null, 0);

        assertThat(duties).containsExactly(Map.entry("EMERGENCY", "IMMINENT_DANGER"),
                Map.entry("MANDATORY_CHILD_PROTECTION", "MANDATORY_CHILD_PROTECTION"));
    }

    @Test
    @DisplayName("a minor in danger who consents gets three duties: emergency, child protection and the report with consent")
    void dutiesAddUpWithConsent() {
        Map<String, String> duties = inCanada(true, "MINOR_MANDATORY", true, "VICTIM", true, 2);

        assertThat(duties.keySet()).containsExactly("EMERGENCY", "MANDATORY_CHILD_PROTECTION", "REPORT_WITH_CONSENT");
        assertThat(duties).containsEntry("REPORT_WITH_CONSENT", "CONSENT");
    }

    @Test
    @DisplayName("imminent danger alone calls for the emergency report on the imminent-danger ground")
    void imminentDangerIsEmergency() {
        assertThat(inCanada(true, "NOT_MINOR", true, "VICTIM", null, 0))
                .containsExactly(Map.entry("EMERGENCY", "IMMINENT_DANGER"));
    }

    @Test
    @DisplayName("the mandatory duty applies without consent and without enough detail")
    void mandatoryDutyOverridesConsentAndDetail() {
        assertThat(inCanada(false, "MINOR_MANDATORY", false, "THIRD_PARTY", false, 0))
                .containsExactly(Map.entry("MANDATORY_CHILD_PROTECTION", "MANDATORY_CHILD_PROTECTION"));
    }

    @Test
    @DisplayName("a minor between the two ages may be reported: a supervisor decides")
    void discretionaryMinor() {
        assertThat(inCanada(false, "MINOR_DISCRETIONARY", false, "VICTIM", null, 0))
                .containsOnlyKeys("DISCRETIONARY_CHILD_PROTECTION");
    }

    @ParameterizedTest(name = "minor status {0}")
    @DisplayName("without enough detail an adult's case is only a signal, even with consent and indicators")
    @ValueSource(strings = {"NOT_MINOR", "UNKNOWN"})
    void insufficientDetailBlocksReport(String minorStatus) {
        assertThat(inCanada(false, minorStatus, false, "VICTIM", true, 4)).containsOnlyKeys("NO_REPORT_INSUFFICIENT_DETAIL");
    }

    @ParameterizedTest(name = "{0}, minor status {1}, {2} indicator(s)")
    @DisplayName("a consenting victim or survivor with indicators is reported with consent, and only once consent is known")
    @CsvSource({
        "VICTIM,   NOT_MINOR, 1",
        "SURVIVOR, NOT_MINOR, 1",
        "VICTIM,   UNKNOWN,   3",
        "SURVIVOR, UNKNOWN,   6"
    })
    void reportWithConsent(String callerType, String minorStatus, int indicatorCount) {
        assertThat(inCanada(false, minorStatus, true, callerType, true, indicatorCount))
                .containsExactly(Map.entry("REPORT_WITH_CONSENT", "CONSENT"));
        assertThat(inCanada(false, minorStatus, true, callerType, null, indicatorCount)).isEmpty();
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
        assertThat(inCanada(false, minorStatus, true, callerType, true, indicatorCount))
                .containsExactly(Map.entry("THIRD_PARTY_REPORT", "CALLER_CONSENT"));
    }

    @ParameterizedTest(name = "{0}, consent = {1}, {2} indicator(s)")
    @DisplayName("without consent or without indicators there is no duty: the caller is only referred")
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
        assertThat(inCanada(false, "NOT_MINOR", true, callerType, consentToReport, indicatorCount)).isEmpty();
    }

    @Test
    @DisplayName("no protocol in place: a supervisor decides how to report, beside whatever else applies")
    void noProtocolInPlace() {
        assertThat(duties(true, "NOT_MINOR", true, "VICTIM", null, 1, false, false).keySet())
                .containsExactly("EMERGENCY", "NO_PROTOCOL_IN_PLACE");
        assertThat(duties(false, "NOT_MINOR", true, "VICTIM", null, 1, false, false).keySet())
                .containsExactly("NO_PROTOCOL_IN_PLACE");
    }

    @ParameterizedTest(name = "danger {0}, minor status {1}: {2}")
    @DisplayName("outside Canada: international liaison on the ground that applies, never a provincial child-protection duty")
    @CsvSource(nullValues = "NONE", value = {
        "true,  MINOR_MANDATORY,     IMMINENT_DANGER",
        "false, MINOR_MANDATORY,     CHILD_PROTECTION_ABROAD",
        "false, MINOR_DISCRETIONARY, CHILD_PROTECTION_ABROAD",
        "false, NOT_MINOR,           NONE",
        "true,  NOT_MINOR,           IMMINENT_DANGER"
    })
    void abroad(boolean danger, String minorStatus, String ground) {
        Map<String, String> duties = duties(danger, minorStatus, true, "VICTIM", null, 1, true, true);

        assertThat(duties).containsEntry("INTERNATIONAL_LIAISON", ground)
                .doesNotContainKeys("MANDATORY_CHILD_PROTECTION", "DISCRETIONARY_CHILD_PROTECTION", "NO_PROTOCOL_IN_PLACE");
        assertThat(duties.containsKey("EMERGENCY")).isEqualTo(danger);
    }

    @Test
    @DisplayName("every liaison row is marked unverified, every other row verified")
    void verifiedColumn() {
        VariableMap abroad = Variables.createVariables().putValue("imminentDanger", false).putValue("minorStatus", "NOT_MINOR")
                .putValue("detailSufficient", true).putValue("callerType", "VICTIM").putValue("consentToReport", null)
                .putValue("indicatorCount", 1).putValue("protocolInPlace", true).putValue("abroad", true);
        List<Map<String, Object>> rows = engine.evaluateDecisionTable(decision, abroad).getResultList();
        assertThat(rows).singleElement().satisfies(row -> assertThat(row).containsEntry("verified", false));
        assertThat(engine.evaluateDecisionTable(decision, abroad.putValue("abroad", false).putValue("imminentDanger", true))
                .getResultList()).allSatisfy(row -> assertThat(row).containsEntry("verified", true));
    }
}
