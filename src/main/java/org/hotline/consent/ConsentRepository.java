package org.hotline.consent;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    List<Consent> findByCaseIdOrderByRecordedAtAscIdAsc(Long caseId);
}
