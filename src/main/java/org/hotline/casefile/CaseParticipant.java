package org.hotline.casefile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** Someone who worked on a case. Read by the case list query only; rows are written with plain SQL. */
@Entity
@Table(name = "case_participant")
@IdClass(CaseParticipant.Key.class)
class CaseParticipant {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "first_at")
    private Instant firstAt;

    protected CaseParticipant() {
    }

    static class Key implements Serializable {
        private Long caseId;
        private String userId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Objects.equals(caseId, key.caseId)
                    && java.util.Objects.equals(userId, key.userId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(caseId, userId);
        }
    }
}
