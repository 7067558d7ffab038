package org.hotline.casefile;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A case's safe-contact plan as the case file shows it to those who may read the case. Personal data. */
@Schema(description = "How the caller may be reached safely; null when no plan was recorded. Personal data.")
public record SafeContactView(
        @Schema(description = "Do not contact the caller at all; then no channel is safe")
        boolean doNotContact,
        @Schema(description = "The channels that are safe; any channel not listed is not safe")
        List<SafeChannel> channels,
        @Schema(description = "When contact is safe, as the caller said it", maxLength = 200)
        String safeTimes,
        @Schema(description = "The word the advocate uses to confirm it is safe to talk", maxLength = 100)
        String codeWord,
        @Schema(maxLength = 1000)
        String note,
        @Schema(description = "Who last changed the plan")
        String updatedBy,
        Instant updatedAt) {

    /** Whether the plan says this channel is safe. */
    public boolean safe(SafeChannel channel) {
        return !doNotContact && channels.contains(channel);
    }

    /** The channels the plan does not list: the ones not to use. */
    public List<SafeChannel> unsafeChannels() {
        return Arrays.stream(SafeChannel.values()).filter(channel -> !channels.contains(channel)).toList();
    }
}
