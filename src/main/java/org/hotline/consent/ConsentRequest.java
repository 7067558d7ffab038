package org.hotline.consent;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A consent as the caller gave it: purpose, recipient, the wording they heard, and how they answered. */
public record ConsentRequest(
        @NotNull(message = "is required") ConsentPurpose purpose,
        @Size(max = 200, message = "must be at most 200 characters") String recipient,
        @NotNull(message = "is required") Boolean granted,
        @NotNull(message = "is required") ConsentMethod method,
        @NotBlank(message = "is required: the wording read to the caller")
        @Size(max = 4000, message = "must be at most 4000 characters") String wording) {
}
