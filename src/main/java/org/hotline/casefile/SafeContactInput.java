package org.hotline.casefile;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A safe-contact plan as an advocate gives it, at intake or later: the whole plan, each time. Channels not listed are
 * not safe; none listed means none is safe. {@code doNotContact} with a channel listed is refused.
 */
@Schema(description = "How the caller may be reached safely. The whole plan: what is left out is no longer part of it.")
public record SafeContactInput(
        @Schema(description = "The channels that are safe (CALL, TEXT, VOICEMAIL, EMAIL); none listed: none is safe")
        @Size(max = 4, message = "must list at most 4 channels") List<SafeChannel> channels,
        @Schema(description = "When contact is safe, e.g. weekdays 13:00–15:00 while he is at work")
        @Size(max = 200, message = "must be at most 200 characters") String safeTimes,
        @Schema(description = "The word the advocate uses to confirm it is safe to talk")
        @Size(max = 100, message = "must be at most 100 characters") String codeWord,
        @Schema(description = "Do not contact the caller at all; channels must then be empty")
        Boolean doNotContact,
        @Size(max = 1000, message = "must be at most 1000 characters") String note) {
}
