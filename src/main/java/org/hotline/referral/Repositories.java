package org.hotline.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReferralRepository extends JpaRepository<Referral, Long> {

    @Query("select r from Referral r where r.caseId = :caseId order by r.id")
    List<Referral> findByCaseIdOrderByIdAsc(@Param("caseId") Long caseId);
}

interface ReportRepository extends JpaRepository<Report, Long> {

    @Query("select r from Report r where r.caseId = :caseId order by r.id")
    List<Report> findByCaseIdOrderByIdAsc(@Param("caseId") Long caseId);
}
