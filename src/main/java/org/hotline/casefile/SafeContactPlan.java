package org.hotline.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hotline.security.PersonalData;

/**
 * How a case's caller may be reached safely. The free text is personal data (encrypted, cleared by retention); the
 * channels are codes, stored in {@link SafeChannel} order.
 */
@Entity
@Table(name = "safe_contact_plan")
class SafeContactPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    private String channels;

    @Convert(converter = PersonalData.class)
    @Column(name = "safe_times")
    private String safeTimes;

    @Convert(converter = PersonalData.class)
    @Column(name = "code_word")
    private String codeWord;

    @Column(name = "do_not_contact")
    private boolean doNotContact;

    @Convert(converter = PersonalData.class)
    private String note;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected SafeContactPlan() {
    }

    SafeContactPlan(Long caseId) {
        this.caseId = caseId;
    }

    /** Replaces the whole plan: what the advocate did not give is no longer part of it. */
    void replace(Set<SafeChannel> channels, String safeTimes, String codeWord, boolean doNotContact, String note,
                 String updatedBy, Instant updatedAt) {
        this.channels = channels.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.safeTimes = safeTimes;
        this.codeWord = codeWord;
        this.doNotContact = doNotContact;
        this.note = note;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    SafeContactView view() {
        Set<SafeChannel> safe = EnumSet.noneOf(SafeChannel.class);
        if (channels != null && !channels.isEmpty()) {
            Arrays.stream(channels.split(",")).map(SafeChannel::valueOf).forEach(safe::add);
        }
        return new SafeContactView(doNotContact, List.copyOf(safe), safeTimes, codeWord, note, updatedBy, updatedAt);
    }
}
