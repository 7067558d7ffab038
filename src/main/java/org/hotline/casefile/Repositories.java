package org.hotline.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface HotlineCaseRepository extends JpaRepository<HotlineCase, Long> {

    @Query("select c from HotlineCase c where c.caseNumber = :caseNumber")
    Optional<HotlineCase> findByCaseNumber(@Param("caseNumber") String caseNumber);

    @Query("""
            select c from HotlineCase c
            where (:status is null or c.status = :status)
              and (:riskLevel is null or c.riskLevel = :riskLevel)
              and (:province is null or c.province = :province)
              and (:participant is null or exists (
                    select p from CaseParticipant p where p.caseId = c.id and p.userId = :participant))
            order by c.openedAt desc, c.id desc
            """)
    Page<HotlineCase> search(@Param("status") CaseStatus status, @Param("riskLevel") String riskLevel,
                             @Param("province") Province province, @Param("participant") String participant,
                             Pageable pageable);
}

interface CaseContactRepository extends JpaRepository<CaseContact, Long> {

    @Query("select c from CaseContact c where c.caseId = :caseId order by c.receivedAt, c.id")
    List<CaseContact> findByCaseIdOrderByReceivedAtAscIdAsc(@Param("caseId") Long caseId);
}

interface TimelineEventRepository extends JpaRepository<TimelineEvent, Long> {

    @Query("select t from TimelineEvent t where t.caseId = :caseId order by t.occurredAt, t.id")
    List<TimelineEvent> findByCase(@Param("caseId") Long caseId);
}

interface SafeContactPlanRepository extends JpaRepository<SafeContactPlan, Long> {

    @Query("select p from SafeContactPlan p where p.caseId = :caseId")
    Optional<SafeContactPlan> findByCaseId(@Param("caseId") Long caseId);
}
