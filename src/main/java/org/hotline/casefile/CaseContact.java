package org.hotline.casefile;

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

@Entity
@Table(name = "case_contact")
class CaseContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "caller_type")
    private CallerType callerType;

    private String language;

    @Convert(converter = PersonalData.class)
    private String summary;

    @Convert(converter = PersonalData.class)
    @Column(name = "caller_name")
    private String callerName;

    @Convert(converter = PersonalData.class)
    @Column(name = "callback_number")
    private String callbackNumber;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "received_by")
    private String receivedBy;

    protected CaseContact() {
    }

    CaseContact(Long caseId, NewContact contact, Instant receivedAt, String receivedBy) {
        this.caseId = caseId;
        this.channel = contact.channel();
        this.callerType = contact.callerType();
        this.language = contact.language();
        this.summary = contact.summary();
        this.callerName = contact.callerName();
        this.callbackNumber = contact.callbackNumber();
        this.receivedAt = receivedAt;
        this.receivedBy = receivedBy;
    }

    Long getId() {
        return id;
    }

    Channel getChannel() {
        return channel;
    }

    CallerType getCallerType() {
        return callerType;
    }

    String getLanguage() {
        return language;
    }

    String getSummary() {
        return summary;
    }

    String getCallerName() {
        return callerName;
    }

    String getCallbackNumber() {
        return callbackNumber;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    String getReceivedBy() {
        return receivedBy;
    }
}
