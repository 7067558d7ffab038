package org.hotline.risk;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskAssessmentRepository extends JpaRepository<RiskAssessment, Long> {

    List<RiskAssessment> findByCaseIdOrderByAssessedAtAscIdAsc(Long caseId);
}
