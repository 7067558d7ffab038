package org.hotline.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.hotline.casefile.CaseFileService;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The case and its process instance commit together or not at all. */
@HotlineSpringTest
class IntakeTransactionTest {

    @Autowired IntakeService intake;
    @Autowired CaseFileService cases;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired TransactionTemplate transaction;
    @Autowired ObjectMapper json;

    @Test
    @DisplayName("When the transaction of an intake fails after the lifecycle started, neither case nor process remains")
    void failedIntakeLeavesNothing() {
        AtomicReference<String> caseNumber = new AtomicReference<>();
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            IntakeService.Outcome outcome = intake.take(json.convertValue(Intakes.adultVictimInToronto(), IntakeRequest.class), null);
            caseNumber.set(outcome.caseFile().caseNumber);
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber.get()).count()).isOne();
            throw new IllegalStateException("the connection to the caller dropped mid-commit");
        })).hasMessageContaining("mid-commit");

        assertThat(caseNumber.get()).isNotNull();
        assertThat(cases.find(caseNumber.get())).isEmpty();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber.get()).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseNumber.get()).count()).isZero();
    }
}
