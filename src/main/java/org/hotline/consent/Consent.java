package org.hotline.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hotline.security.PersonalData;

/**
 * One entry of the consent ledger. Withdrawal marks it; nothing is ever deleted. Retention clears the recipient and
 * the wording, which are personal data; the entry stays.
 */
@Entity
@Table(name = "consent")
class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "case_id")
    Long caseId;
    @Enumerated(EnumType.STRING)
    ConsentPurpose purpose;
    @Convert(converter = PersonalData.class)
    String recipient;
    boolean granted;
    @Enumerated(EnumType.STRING)
    ConsentMethod method;
    @Convert(converter = PersonalData.class)
    String wording;
    @Column(name = "recorded_by")
    String recordedBy;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "withdrawn_at")
    Instant withdrawnAt;
    @Column(name = "withdrawn_by")
    String withdrawnBy;

    boolean isActive() {
        return granted && withdrawnAt == null;
    }
}
