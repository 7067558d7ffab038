package org.hotline.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.hotline.casefile.CallerType;
import org.hotline.casefile.Channel;
import org.hotline.casefile.Province;
import org.hotline.casefile.SafeContactInput;
import org.hotline.casefile.TraffickingType;
import org.hotline.directory.Need;
import org.hotline.risk.Indicator;

/**
 * A contact arriving at the hotline. Which fields are required depends on whether it opens a case or adds a
 * contact to an open one ({@code existingCaseNumber}); {@link IntakeService} checks that. The safe-contact plan is
 * optional: given, it replaces the case's plan.
 */
public record IntakeRequest(
        Channel channel,
        CallerType callerType,
        @Pattern(regexp = "[a-z]{2,3}", message = "must be an ISO 639-1 or 639-3 code, e.g. fr") String language,
        @Valid JurisdictionInput jurisdiction,
        Boolean imminentDanger,
        @Valid PersonInput person,
        TraffickingType traffickingType,
        @Size(max = 30, message = "must list at most 30 codes") List<Indicator> indicators,
        Boolean detailSufficient,
        @Size(max = 20, message = "must list at most 20 codes") List<Need> needs,
        @Size(max = 20000, message = "must be at most 20000 characters") String summary,
        @Size(max = 200, message = "must be at most 200 characters") String callerName,
        @CallbackNumber String callbackNumber,
        @Pattern(regexp = "HT-\\d{4}-\\d{6}", message = "must look like HT-2026-000123") String existingCaseNumber,
        @Valid SafeContactInput safeContact) {

    /** A province or territory; outside Canada, a country instead (ISO 3166-1 alpha-2, e.g. "MX"). */
    public record JurisdictionInput(
            Province province,
            @Pattern(regexp = "\\s*[A-Za-z]{2}\\s*", message = "must be an ISO 3166-1 alpha-2 country code, e.g. MX") String country,
            @Size(max = 120, message = "must be at most 120 characters") String municipality) {
    }

    public record PersonInput(
            @Min(value = 0, message = "must be 0 or more") @Max(value = 120, message = "must be 120 or less") Integer ageYears,
            Boolean appearsMinor,
            Boolean stillInSituation) {
    }
}
