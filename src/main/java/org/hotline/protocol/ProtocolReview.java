package org.hotline.protocol;

import static org.hotline.lifecycle.ProtocolVerification.Vars.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;

import org.hotline.lifecycle.ProtocolVerification;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps protocols current: {@code protocol-review.bpmn} runs on a schedule and opens one verification
 * ({@code protocol-verification.bpmn}) per overdue protocol; confirming moves the review date, a change needs a
 * new version of the protocol.
 */
@Configuration(proxyBeanMethods = false)
class ProtocolReview {

    private static final String VERIFICATION_PROCESS = ProtocolVerification.PROCESS_KEY;

    private static final Logger log = LoggerFactory.getLogger(ProtocolReview.class);

    /** When the review runs ({@code ${protocolReviewSchedule.cycle}}), and how far a confirmation moves the date. */
    @Bean
    Schedule protocolReviewSchedule(@Value("${hotline.protocol-review.cycle:0 0 6 * * ?}") String cycle,
                                    @Value("${hotline.protocol-review.interval:P1Y}") String interval) {
        return new Schedule(cycle, Period.parse(interval));
    }

    public record Schedule(String cycle, Period interval) {
        public String getCycle() {
            return cycle;
        }
    }

    @Bean
    JavaDelegate openProtocolReviews(ProtocolService protocols, RuntimeService runtime) {
        return execution -> {
            requireProcess(execution, ProtocolVerification.REVIEW_PROCESS_KEY);
            int opened = 0;
            for (ProtocolService.ProtocolSummary due : protocols.dueForReview()) {
                String key = due.protocolId().toString();
                boolean open = runtime.createProcessInstanceQuery().processDefinitionKey(VERIFICATION_PROCESS)
                        .processInstanceBusinessKey(key).count() > 0;
                if (!open) {
                    runtime.createProcessInstanceByKey(VERIFICATION_PROCESS).businessKey(key)
                            .setVariables(Variables.createVariables()
                                    .putValue(PROTOCOL_ID, key)
                                    .putValue(OWNER_GROUP, due.ownerGroup())
                                    .putValue(VERSION_AT_REVIEW, due.version())
                                    .putValue(JURISDICTION, jurisdiction(due)))
                            .execute();
                    opened++;
                }
            }
            log.info("Protocol review: {} verifications opened", opened);
        };
    }

    /** The task says which protocol it is about: "Verify protocol contacts: ON Toronto". */
    @Bean
    TaskListener protocolTaskNaming() {
        return task -> task.setName(task.getName() + ": " + task.getVariable(JURISDICTION));
    }

    @Bean
    JavaDelegate confirmProtocol(ProtocolService protocols, Schedule schedule, Clock clock) {
        return execution -> {
            LocalDate next = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plus(schedule.interval());
            protocols.confirmCurrent(protocolOf(execution), next, CurrentUser.id());
        };
    }

    /** "Update protocol" completes only once a newer version of the protocol exists. */
    @Bean
    TaskListener protocolUpdateCheck(ProtocolService protocols) {
        return task -> {
            UUID protocolId = protocolOf(task.getExecution());
            int atReview = ((Number) task.getVariable(VERSION_AT_REVIEW)).intValue();
            int current = protocols.versions(protocolId).get(0).version();
            if (current <= atReview) {
                throw ApiProblem.invalid("protocolUpdated", "the protocol is still at version " + current
                        + "; save its new version first");
            }
        };
    }

    /**
     * The protocol a verification works on: only a verification process started for that protocol (its business
     * key) acts on it. A model can set {@code protocolId} itself; a process of another key cannot confirm a protocol.
     */
    private static UUID protocolOf(DelegateExecution execution) {
        requireProcess(execution, ProtocolVerification.PROCESS_KEY);
        Object protocolId = execution.getVariable(PROTOCOL_ID);
        if (!(protocolId instanceof String id) || !id.equals(execution.getProcessBusinessKey())) {
            throw ApiProblem.forbidden("This verification was not started for protocol " + protocolId);
        }
        return UUID.fromString(id);
    }

    private static void requireProcess(DelegateExecution execution, String processKey) {
        String definition = execution.getProcessDefinitionId();
        if (definition == null || !processKey.equals(execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(definition).getKey())) {
            throw ApiProblem.forbidden("Only " + processKey + " may take this step");
        }
    }

    private static String jurisdiction(ProtocolService.ProtocolSummary protocol) {
        if (protocol.province() == null) {
            return "national";
        }
        return protocol.municipality() == null ? protocol.province() : protocol.province() + " " + protocol.municipality();
    }
}
