package org.hotline.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

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

@DisplayName("Child-protection ages decision table")
class ChildProtectionAgeDecisionTest {

    private static final Path DMN_FILE = Path.of("processes", "child-protection-age.dmn");

    private static final List<String> ALL_PROVINCES =
            List.of("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parseDecision() throws IOException {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(DMN_FILE)) {
            decision = engine.parseDecision("ChildProtectionAgeDecision", in);
        }
    }

    private static DmnDecisionTableResult lookUp(String province) {
        return engine.evaluateDecisionTable(decision,
                Variables.createVariables().putValue("province", province));
    }

    private static DmnDecisionRuleResult ages(String province) {
        DmnDecisionTableResult result = lookUp(province);
        assertThat(result).as("exactly one rule for %s", province).hasSize(1);
        return result.getSingleResult();
    }

    @Test
    @DisplayName("the decision carries the expected name")
    void decisionIsNamed() {
        assertThat(decision.getKey()).isEqualTo("ChildProtectionAgeDecision");
        assertThat(decision.getName()).isEqualTo("Child-protection ages");
    }

    @ParameterizedTest(name = "{0}: minor under {1}, report mandatory under {2}, verified = {3}")
    @DisplayName("every province and territory, and outside Canada, has its pair of ages")
    @CsvSource({
        "AB, 18, 18, true",
        "BC, 19, 19, true",
        "MB, 18, 18, false",
        "NB, 19, 19, false",
        "NL, 18, 18, false",
        "NS, 19, 16, false",
        "NT, 19, 16, false",
        "NU, 19, 16, false",
        "ON, 18, 16, true",
        "PE, 18, 18, false",
        "QC, 18, 18, true",
        "SK, 18, 18, false",
        "YT, 19, 19, false",
        "ABROAD, 18, 18, false"
    })
    void agesPerProvince(String province, int ageOfProtection, int mandatoryReportAge, boolean verified) {
        DmnDecisionRuleResult result = ages(province);

        assertThat(result.<Integer>getEntry("ageOfProtection")).isEqualTo(ageOfProtection);
        assertThat(result.<Integer>getEntry("mandatoryReportAge")).isEqualTo(mandatoryReportAge);
        assertThat(result.<Boolean>getEntry("verified")).isEqualTo(verified);
    }

    @Test
    @DisplayName("only Ontario, Quebec, Alberta and British Columbia are verified")
    void onlyFourProvincesAreVerified() {
        List<String> verified = ALL_PROVINCES.stream()
                .filter(province -> Boolean.TRUE.equals(ages(province).<Boolean>getEntry("verified")))
                .collect(Collectors.toList());

        assertThat(verified).containsExactlyInAnyOrder("ON", "QC", "AB", "BC");
    }

    @Test
    @DisplayName("the mandatory report age never exceeds the age of protection")
    void mandatoryAgeWithinProtectionAge() {
        for (String province : ALL_PROVINCES) {
            DmnDecisionRuleResult result = ages(province);
            assertThat(result.<Integer>getEntry("mandatoryReportAge"))
                    .as("mandatory report age in %s", province)
                    .isLessThanOrEqualTo(result.<Integer>getEntry("ageOfProtection"));
        }
    }

    @ParameterizedTest(name = "\"{0}\" gives no result")
    @DisplayName("an unknown province gives no result")
    @ValueSource(strings = {"XX", "US", "on", ""})
    void unknownProvinceHasNoResult(String province) {
        DmnDecisionTableResult result = lookUp(province);

        assertThat(result).isEmpty();
        assertThat(result.getSingleResult()).isNull();
    }
}
