package org.hotline.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hotline.lifecycle.CaseLifecycle.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.hotline.casefile.CaseFileReader;
import org.hotline.casefile.CaseStatus;
import org.hotline.intake.IntakeRequest;
import org.hotline.intake.IntakeService;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A designer deploys version 2 of the lifecycle (a new "Plan safety" step after risk is confirmed, a renamed
 * "Send referrals") while cases wait at several steps of version 1, migrates them, and every case goes on to CLOSED.
 * Runs after the other test classes: once version 2 is deployed, new cases start on it.
 */
@HotlineSpringTest
@Order(Integer.MAX_VALUE - 1)
class MigrationTest {

    @Autowired ProcessEngine engine;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired MigrationService migrations;
    @Autowired IntakeService intake;
    @Autowired CaseFileReader caseFiles;
    @Autowired ObjectMapper json;

    @Test
    @DisplayName("Cases at four different steps of version 1 migrate to version 2 and each continues to CLOSED")
    void migrateAndContinue() {
        AbstractAssertions.init(engine);
        ProcessInstance atConfirm = open();
        ProcessInstance atConsent = open();
        complete(atConsent, TASK_CONFIRM_RISK, Map.of("riskLevel", "MODERATE"));
        ProcessInstance atReferrals = open();
        complete(atReferrals, TASK_CONFIRM_RISK, Map.of("riskLevel", "MODERATE"));
        consent(atReferrals);
        ProcessInstance atFollowUp = open();
        complete(atFollowUp, TASK_CONFIRM_RISK, Map.of("riskLevel", "MODERATE"));
        consent(atFollowUp);
        complete(atFollowUp, TASK_SEND_REFERRALS, Map.of("selectedServiceIds", SpinValues.jsonValue("[]").create()));
        assertThat(atFollowUp).isWaitingAt(EVENT_FOLLOW_UP_DUE);
        int v1 = version(atConfirm);

        int v2 = deployVersion2();
        assertThat(v2).isEqualTo(v1 + 1);
        ProcessInstance newCase = open();
        assertThat(version(newCase)).as("new cases start on the new version").isEqualTo(v2);
        assertThat(version(atConsent)).as("running cases stay on theirs until migrated").isEqualTo(v1);

        MigrationService.MigrationPreview preview = migrations.preview(PROCESS_KEY, v1, v2);
        assertThat(preview.instructions()).contains("Task_RecordConsent → Task_RecordConsent",
                "Event_FollowUpDue → Event_FollowUpDue");
        assertThat(preview.skipped()).isEmpty();
        assertThat(preview.movable()).isGreaterThanOrEqualTo(4);

        MigrationService.MigrationRecord record = migrations.migrate(PROCESS_KEY, v1, v2);
        runBatch(record.batchId());
        for (ProcessInstance instance : List.of(atConfirm, atConsent, atReferrals, atFollowUp)) {
            assertThat(version(instance)).isEqualTo(v2);
        }
        assertThat(migrations.history(PROCESS_KEY)).extracting(MigrationService.MigrationRecord::id).contains(record.id());

        // The case at "Confirm risk assessment" now meets "Plan safety".
        complete(atConfirm, TASK_CONFIRM_RISK, Map.of("riskLevel", "MODERATE"));
        assertThat(atConfirm).isWaitingAt("Task_PlanSafety");
        complete(atConfirm, "Task_PlanSafety", Map.of("safetyPlanNote", "Safe word agreed"));
        consent(atConfirm);
        assertThat(tasks.createTaskQuery().processInstanceId(atConfirm.getId()).taskDefinitionKey(TASK_SEND_REFERRALS)
                .singleResult().getName()).as("tasks created after the migration carry the new label")
                .isEqualTo("Send the referrals the caller chose");
        consent(atConsent);
        for (ProcessInstance instance : List.of(atConfirm, atConsent, atReferrals)) {
            complete(instance, TASK_SEND_REFERRALS, Map.of("selectedServiceIds", SpinValues.jsonValue("[]").create()));
        }
        for (ProcessInstance instance : List.of(atConfirm, atConsent, atReferrals, atFollowUp)) {
            Job due = management.createJobQuery().processInstanceId(instance.getId()).activityId(EVENT_FOLLOW_UP_DUE)
                    .singleResult();
            management.executeJob(due.getId());
            complete(instance, TASK_FOLLOW_UP, Map.of("followUpOutcome", "REFERRALS_CONFIRMED"));
            assertThat(instance).isEnded();
            assertThat(caseFiles.read(instance.getBusinessKey()).status).isEqualTo(CaseStatus.CLOSED);
        }

        // Back from version 2 to 1: a case waiting at "Plan safety" cannot move, and the preview says why.
        complete(newCase, TASK_CONFIRM_RISK, Map.of("riskLevel", "MODERATE"));
        MigrationService.MigrationPreview back = migrations.preview(PROCESS_KEY, v2, v1);
        assertThat(back.skipped()).anySatisfy(skipped -> {
            assertThat(skipped.businessKey()).isEqualTo(newCase.getBusinessKey());
            assertThat(skipped.reason()).contains("Task_PlanSafety");
        });
    }

    private int deployVersion2() {
        BpmnModelInstance model = Bpmn.readModelFromFile(new File("processes/case-lifecycle.bpmn"));
        Process process = model.getModelElementById(PROCESS_KEY);
        UserTask planSafety = model.newInstance(UserTask.class);
        planSafety.setId("Task_PlanSafety");
        planSafety.setName("Plan safety");
        planSafety.setCamundaCandidateGroups("advocates");
        planSafety.setAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRef", "plan-safety");
        planSafety.setAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "formRefBinding", "deployment");
        process.addChildElement(planSafety);
        SequenceFlow confirmed = model.getModelElementById("Flow_RiskConfirmed");
        FlowNode gateway = confirmed.getTarget();
        confirmed.setTarget(planSafety);
        SequenceFlow planned = model.newInstance(SequenceFlow.class);
        planned.setId("Flow_SafetyPlanned");
        process.addChildElement(planned);
        planned.setSource(planSafety);
        planned.setTarget(gateway);
        ((UserTask) model.getModelElementById(TASK_SEND_REFERRALS)).setName("Send the referrals the caller chose");
        String form = """
                {"id": "plan-safety", "type": "default", "schemaVersion": 16, "components": [
                  {"id": "Field_safetyPlanNote", "type": "textarea", "key": "safetyPlanNote", "label": "Safety plan",
                   "validate": {"required": true, "maxLength": 4000}}]}
                """;
        var deployment = repository.createDeployment().name("case-lifecycle v2")
                .addModelInstance("case-lifecycle.bpmn", model)
                .addString("plan-safety.form", form);
        // Forms bound to the deployment travel with the model, as Camunda Modeler deploys them.
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("forms"))) {
            for (java.nio.file.Path file : files.toList()) {
                deployment.addString(file.getFileName().toString(), java.nio.file.Files.readString(file));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        deployment.deploy();
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult();
        return latest.getVersion();
    }

    private void runBatch(String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = management.createJobQuery().list().stream()
                    .filter(job -> batch.getSeedJobDefinitionId().equals(job.getJobDefinitionId())
                            || batch.getBatchJobDefinitionId().equals(job.getJobDefinitionId())
                            || batch.getMonitorJobDefinitionId().equals(job.getJobDefinitionId()))
                    .toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private ProcessInstance open() {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        request.put("indicators", List.of("ISOLATION"));
        String caseNumber = intake.take(json.convertValue(request, IntakeRequest.class), null).caseFile().caseNumber;
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private void consent(ProcessInstance instance) {
        complete(instance, TASK_RECORD_CONSENT, Map.of("consentWordingRead", true, "consentMethod", "VERBAL",
                "consentToServicesAnswer", "GRANTED", "consentToReportAnswer", "REFUSED"));
    }

    private int version(ProcessInstance instance) {
        String definitionId = runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
                .getProcessDefinitionId();
        return repository.getProcessDefinition(definitionId).getVersion();
    }

    private void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
        String id = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult().getId();
        tasks.complete(id, new HashMap<>(variables));
    }
}
