package org.hotline.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hotline.security.PersonalData;

@Entity
@Table(name = "timeline_event")
class TimelineEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String type;

    private String actor;

    private String detail;

    @Convert(converter = PersonalData.class)
    private String note;

    protected TimelineEvent() {
    }

    TimelineEvent(Long caseId, Instant occurredAt, String type, String actor, String detail, String note) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.type = type;
        this.actor = actor;
        this.detail = detail;
        this.note = note;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getType() {
        return type;
    }

    String getActor() {
        return actor;
    }

    String getDetail() {
        return detail;
    }

    String getNote() {
        return note;
    }
}
