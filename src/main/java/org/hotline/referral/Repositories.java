package org.hotline.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    List<Referral> findByCaseIdOrderByIdAsc(Long caseId);
}

interface ReportRepository extends JpaRepository<Report, Long> {

    List<Report> findByCaseIdOrderByIdAsc(Long caseId);
}
