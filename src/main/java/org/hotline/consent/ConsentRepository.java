package org.hotline.consent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    @Query("select c from Consent c where c.caseId = :caseId order by c.recordedAt, c.id")
    List<Consent> findByCaseIdOrderByRecordedAtAscIdAsc(@Param("caseId") Long caseId);
}
