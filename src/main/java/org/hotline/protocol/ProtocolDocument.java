package org.hotline.protocol;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A referral-and-reporting protocol as designers and supervisors edit it: the jurisdiction it covers, the lead
 * agency, the ordered contacts, at most five crisis providers, the reporting channel, its owner and review date.
 */
public record ProtocolDocument(
        @Pattern(regexp = "AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT", message = "must be one of the 13 province and territory codes")
        String province,
        @Size(max = 120, message = "must be at most 120 characters") String municipality,
        @NotBlank(message = "is required") @Size(max = 300, message = "must be at most 300 characters") String leadAgency,
        @NotBlank(message = "is required") @Size(max = 500, message = "must be at most 500 characters") String reportingChannel,
        @NotBlank(message = "is required") @Size(max = 64, message = "must be at most 64 characters") String ownerGroup,
        @NotNull(message = "is required") LocalDate reviewDue,
        @NotNull(message = "is required") Boolean inPlace,
        @Size(max = 4000, message = "must be at most 4000 characters") String notes,
        @NotEmpty(message = "must list at least the primary contact") @Valid List<@NotNull(message = "must not be null") Contact> contacts,
        @Size(max = 5, message = "must list at most five crisis providers")
        @Valid List<@NotNull(message = "must not be null") CrisisProvider> crisisProviders) {

    public record Contact(
            @NotNull(message = "is required") @Positive(message = "must be 1 or more") Integer order,
            @NotBlank(message = "is required") @Size(max = 300) String agency,
            @Size(max = 300) String unit,
            @NotNull(message = "is required") Role role,
            @Size(max = 200) String name,
            @Size(max = 50) String phone,
            @Size(max = 200) String email,
            @Size(max = 200) String availability) {
    }

    public record CrisisProvider(
            @NotNull(message = "is required") @Positive(message = "must be 1 or more") Integer order,
            @NotBlank(message = "is required") @Size(max = 300) String name,
            @Size(max = 50) String phone,
            @Size(max = 200) String availability) {
    }

    /**
     * Who a contact is: the first call in hours, the line for outside them, who to go to above them, and the
     * province's child-protection intake line, called when a minor is involved.
     */
    public enum Role { PRIMARY, AFTER_HOURS, ESCALATION, CHILD_PROTECTION }
}
