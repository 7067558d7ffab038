package org.hotline.referral;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A service proposed for the case and, once chosen, a referral tracked to its outcome. */
@Entity
@Table(name = "referral")
class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "case_id")
    Long caseId;
    @Column(name = "service_id")
    UUID serviceId;
    @Column(name = "service_name")
    String serviceName;
    @Column(name = "organization_name")
    String organizationName;
    int score;
    @Enumerated(EnumType.STRING)
    ReferralStatus status;
    @Column(name = "proposed_at")
    Instant proposedAt;
    @Column(name = "sent_at")
    Instant sentAt;
    @Column(name = "sent_by")
    String sentBy;
    @Column(name = "updated_at")
    Instant updatedAt;
}
