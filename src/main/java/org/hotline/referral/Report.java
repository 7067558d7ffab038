package org.hotline.referral;

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

/** A report to law enforcement or child protection: pending from the moment the task exists until made or cancelled. */
@Entity
@Table(name = "report")
class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "case_id")
    Long caseId;
    String action;
    @Column(name = "task_id")
    String taskId;
    @Enumerated(EnumType.STRING)
    ReportStatus status;
    @Column(name = "consent_based")
    boolean consentBased;
    @Column(name = "legal_ground")
    String legalGround;
    @Column(name = "approved_by")
    String approvedBy;
    String agency;
    String channel;
    @Convert(converter = PersonalData.class)
    String contact;
    @Convert(converter = PersonalData.class)
    String reference;
    @Convert(converter = PersonalData.class)
    @Column(name = "response_note")
    String responseNote;
    @Convert(converter = PersonalData.class)
    @Column(name = "override_reason")
    String overrideReason;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "reported_at")
    Instant reportedAt;
    @Column(name = "reported_by")
    String reportedBy;
    @Column(name = "closed_reason")
    String closedReason;
    /** An emergency report is made at once and reviewed by a supervisor afterwards: JUSTIFIED or NOT_JUSTIFIED. */
    @Column(name = "review_outcome")
    String reviewOutcome;
    @Column(name = "reviewed_by")
    String reviewedBy;
    @Column(name = "reviewed_at")
    Instant reviewedAt;
}
