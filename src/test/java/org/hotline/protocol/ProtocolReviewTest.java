package org.hotline.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.hotline.platform.ApiProblem;
import org.hotline.support.HotlineSpringTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The daily review opens exactly one verification per overdue protocol; confirming or changing closes it. */
@HotlineSpringTest
class ProtocolReviewTest {

    @Autowired ProtocolService protocols;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @DisplayName("Overdue protocols get one \"Verify protocol contacts\" task each, not one a day; a moved clock adds more")
    void oneVerificationPerOverdueProtocol() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID overdue = create("Review Point A", today.minusDays(3));
        UUID current = create("Review Point B", today.plusDays(10));

        runReview();
        runReview();

        assertThat(verifications(overdue)).hasSize(1);
        assertThat(verifications(current)).isEmpty();
        Task task = verifications(overdue).get(0);
        assertThat(task.getName()).isEqualTo("Verify protocol contacts: NL Review Point A");
        assertThat(tasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId).contains("supervisors");

        ClockUtil.setCurrentTime(Date.from(today.plusDays(11).atStartOfDay(ZoneOffset.UTC).toInstant()));
        runReview();
        assertThat(verifications(current)).hasSize(1);
        assertThat(verifications(overdue)).hasSize(1);
    }

    @Test
    @DisplayName("Confirmed: a new version with the next review date a year on; the protocol is no longer stale")
    void confirmed() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        UUID id = create("Review Point C", today.minusDays(1));
        runReview();
        Task task = verifications(id).get(0);
        tasks.complete(task.getId(), Map.of("verificationOutcome", "CONFIRMED", "verificationNote", "Reached Det. Example"));

        ProtocolService.ProtocolMatch after = protocols.lookup("NL", "Review Point C").orElseThrow();
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.reviewDue()).isEqualTo(today.plusYears(1));
        assertThat(after.stale()).isFalse();
        assertThat(protocols.versions(id).get(0).change()).contains("verified");
        assertThat(open(id)).isZero();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(id.toString()).count()).isZero();
    }

    @Test
    @DisplayName("Changed: \"Update protocol\" cannot be completed until a new version of the protocol is saved")
    void changed() {
        UUID id = create("Review Point D", LocalDate.now(ZoneOffset.UTC).minusDays(1));
        runReview();
        tasks.complete(verifications(id).get(0).getId(), Map.of("verificationOutcome", "CHANGED"));
        Task update = tasks.createTaskQuery().processInstanceBusinessKey(id.toString()).singleResult();
        assertThat(update.getName()).isEqualTo("Update protocol: NL Review Point D");
        assertThatThrownBy(() -> tasks.complete(update.getId(), Map.of("protocolUpdated", true)))
                .satisfies(e -> assertThat(ApiProblem.in(e)).isPresent())
                .hasMessageContaining("save its new version first");

        ProtocolDocument document = protocols.current(id);
        protocols.update(id, new ProtocolDocument(document.province(), document.municipality(), "Example Constabulary – new unit",
                document.reportingChannel(), document.ownerGroup(), LocalDate.now(ZoneOffset.UTC).plusYears(1),
                document.inPlace(), document.notes(), document.contacts(), document.crisisProviders()));
        tasks.complete(update.getId(), Map.of("protocolUpdated", true));
        assertThat(open(id)).isZero();
        assertThat(protocols.lookup("NL", "Review Point D").orElseThrow().leadAgency()).isEqualTo("Example Constabulary – new unit");
    }

    private void runReview() {
        Job timer = management.createJobQuery().processDefinitionKey("ProtocolReviewProcess").timers().singleResult();
        assertThat(timer).as("the review's timer").isNotNull();
        management.executeJob(timer.getId());
    }

    private List<Task> verifications(UUID protocolId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(protocolId.toString())
                .taskDefinitionKey("Task_VerifyProtocolContacts").list();
    }

    private long open(UUID protocolId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(protocolId.toString()).count();
    }

    private UUID create(String municipality, LocalDate reviewDue) {
        UUID id = UUID.randomUUID();
        protocols.createIfMissing(id, new ProtocolDocument("NL", municipality, "Example Constabulary", "Phone the primary contact",
                "supervisors", reviewDue, true, null,
                List.of(new ProtocolDocument.Contact(1, "Example Constabulary", "Trafficking unit", ProtocolDocument.Role.PRIMARY,
                        "Det. A. Example", "+1-709-555-0101", "unit@example.org", "Mon–Fri 08:00–16:00")),
                List.of()), "Test protocol");
        return id;
    }
}
