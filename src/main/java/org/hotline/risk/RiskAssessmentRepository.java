package org.hotline.risk;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RiskAssessmentRepository extends JpaRepository<RiskAssessment, Long> {

    @Query("select r from RiskAssessment r where r.caseId = :caseId order by r.assessedAt, r.id")
    List<RiskAssessment> findByCaseIdOrderByAssessedAtAscIdAsc(@Param("caseId") Long caseId);
}
