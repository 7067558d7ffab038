package org.hotline.risk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One risk assessment: the table's result, or an advocate's confirmation or change of it. */
@Entity
@Table(name = "risk_assessment")
class RiskAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "case_id")
    Long caseId;
    String kind;
    @Column(name = "risk_level")
    String riskLevel;
    @Column(name = "previous_level")
    String previousLevel;
    String reason;
    @Column(name = "sla_first_action")
    String slaFirstAction;
    @Column(name = "task_priority")
    int taskPriority;
    @Column(name = "imminent_danger")
    boolean imminentDanger;
    boolean minor;
    @Column(name = "indicator_count")
    int indicatorCount;
    @Column(name = "still_in_situation")
    boolean stillInSituation;
    @Column(name = "decision_version")
    Integer decisionVersion;
    @Column(name = "assessed_by")
    String assessedBy;
    @Column(name = "assessed_at")
    Instant assessedAt;
}
