package org.hotline.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hotline.lifecycle.CaseLifecycle.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.spin.plugin.variable.SpinValues;
import org.hotline.casefile.CaseFileReader;
import org.hotline.casefile.CaseFileView;
import org.hotline.casefile.CaseStatus;
import org.hotline.consent.ConsentPurpose;
import org.hotline.consent.ConsentService;
import org.hotline.intake.IntakeRequest;
import org.hotline.intake.IntakeService;
import org.hotline.support.HotlineSpringTest;
import org.hotline.support.Intakes;
import org.hotline.support.TestPager;
import org.hotline.tasks.EscalationService;
import org.hotline.referral.ReferralService;
import org.hotline.referral.ReferralStatus;
import org.hotline.platform.ApiProblem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One scenario per path through {@code case-lifecycle.bpmn}, on the real engine, delegates and case file. Each
 * asserts what advocates and supervisors would see: the task offered to the right group, and the case file.
 */
@HotlineSpringTest
class CaseLifecycleScenarioTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired IntakeService intake;
    @Autowired CaseFileReader caseFiles;
    @Autowired ConsentService consents;
    @Autowired EscalationService escalations;
    @Autowired ReferralService referrals;
    @Autowired ObjectMapper json;

    @BeforeEach
    void init() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    // ------------------------------------------------------------------ paths by reporting action

    @Test
    @DisplayName("Referral only: a low-risk adult is referred, followed up and the case closes without approval")
    void referralOnly() {
        ProcessInstance pi = open(request -> {
            request.put("indicators", List.of());
            request.put("needs", List.of("SAFE_HOUSING"));
        });
        assertThat(file(pi).riskLevel).isEqualTo("LOW");
        assertThat(pi).isWaitingAt(TASK_CONFIRM_RISK);
        assertThat(task(pi, TASK_CONFIRM_RISK)).hasCandidateGroup("advocates");
        assertThat(task(pi, TASK_CONFIRM_RISK).getPriority()).isEqualTo(25);
        confirmRisk(pi, "LOW");
        recordConsent(pi, "GRANTED", "REFUSED");
        assertThat(file(pi).reportingAction).isEqualTo("REFERRAL_ONLY");
        assertThat(pi).hasPassed(EVENT_REPORTING_DONE);
        assertThat(pi).isWaitingAt(TASK_SEND_REFERRALS);
        sendFirstProposal(pi);
        answerReferrals(pi, "ACCEPTED");
        followUp(pi, "REFERRALS_CONFIRMED");

        assertThat(pi).isEnded().hasPassed(TASK_CLOSE_CASE).hasNotPassed(TASK_APPROVE_CLOSURE);
        CaseFileView file = file(pi);
        assertThat(file.status).isEqualTo(CaseStatus.CLOSED);
        assertThat(file.closureReason).isEqualTo("SERVICES_CONFIRMED");
        assertThat(sectionValues(file, "referrals", "status")).contains("ACCEPTED");
        assertThat(sectionValues(file, "consents", "purpose")).containsExactly("REFER_TO_SERVICES", "REPORT_TO_LAW_ENFORCEMENT");
        assertThat(sectionValues(file, "consents", "wording"))
                .allMatch(wording -> wording.toString().startsWith("With your permission, we would like to share"))
                .noneMatch(wording -> wording.toString().contains("Record consent"));
        assertThat(sectionValues(file, "timeline", "type")).contains("CASE_OPENED", "RISK_ASSESSED", "CONSENT_GRANTED",
                "REFERRAL_SENT", "FOLLOW_UP", "CASE_CLOSED");
    }

    @Test
    @DisplayName("Emergency: at intake the emergency report is open beside risk, consent and the urgent review; the "
            + "supervisor reviews it after it is made; closure needs approval")
    void emergencyReport() {
        ProcessInstance pi = open(request -> request.put("imminentDanger", true));
        assertThat(file(pi).riskLevel).isEqualTo("CRITICAL");
        assertThat(pi).isWaitingAt(TASK_CONFIRM_RISK, TASK_RECORD_CONSENT, TASK_REVIEW_URGENT_CASE,
                TASK_PAGE_ON_CALL_SUPERVISOR, TASK_MAKE_EMERGENCY_REPORT);
        Task emergency = task(pi, TASK_MAKE_EMERGENCY_REPORT);
        assertThat(emergency).hasCandidateGroup("advocates").hasCandidateGroup("supervisors");
        assertThat(emergency.getPriority()).isEqualTo(100);
        assertThat(emergency.getName()).startsWith("Emergency report to ");
        assertThat(file(pi).reportingAction).isEqualTo("EMERGENCY");
        assertThat(task(pi, TASK_REVIEW_URGENT_CASE)).hasCandidateGroup("supervisors");
        Job page = management.createJobQuery().processInstanceId(pi.getId()).activityId(TASK_PAGE_ON_CALL_SUPERVISOR)
                .singleResult();
        assertThat(page.getPriority()).isEqualTo(100);
        management.executeJob(page.getId());
        // The branch ends in a job of its own, after the call.
        Job after = management.createJobQuery().processInstanceId(pi.getId()).activityId(TASK_PAGE_ON_CALL_SUPERVISOR)
                .singleResult();
        management.executeJob(after.getId());
        assertThat(pi).hasPassed(EVENT_SUPERVISOR_PAGED);
        assertThat(TestPager.received()).anySatisfy(received -> {
            assertThat(received.body()).contains("\"caseNumber\":\"" + caseNumber(pi) + "\"", "\"riskLevel\":\"CRITICAL\"");
            assertThat(received.idempotencyKey()).startsWith(caseNumber(pi) + "/");
        });
        assertThat(sectionValues(file(pi), "timeline", "type")).contains("SUPERVISOR_PAGED");

        // The advocate reports at once, before risk is confirmed or consent asked.
        breachSla(pi, TASK_MAKE_EMERGENCY_REPORT);
        makeReport(pi, TASK_MAKE_EMERGENCY_REPORT);
        assertThat(pi).isWaitingAt(TASK_REVIEW_EMERGENCY_REPORT, TASK_CONFIRM_RISK, TASK_RECORD_CONSENT);
        assertThat(task(pi, TASK_REVIEW_EMERGENCY_REPORT)).hasCandidateGroup("supervisors");
        complete(pi, TASK_REVIEW_EMERGENCY_REPORT, Map.of("emergencyReviewOutcome", "JUSTIFIED"));
        assertThat(pi).hasPassed(EVENT_EMERGENCY_REPORT_REVIEWED);
        complete(pi, TASK_REVIEW_URGENT_CASE, Map.of("urgentReviewOutcome", "SAFETY_PLAN_IN_PLACE"));
        complete(pi, TASK_HANDLE_ESCALATION, Map.of("escalationAction", "ADVISED"));
        confirmRisk(pi, "CRITICAL");
        recordConsent(pi, "GRANTED", "NOT_ASKED");
        assertThat(pi).hasPassed(EVENT_REPORTING_DONE);
        sendFirstProposal(pi);
        answerReferrals(pi, "ACCEPTED");
        assertThat(pi).isWaitingAt(EVENT_FOLLOW_UP_DUE);
        answerReferrals(pi, "SERVICE_STARTED");
        followUp(pi, "REFERRALS_CONFIRMED");
        assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSURE);
        complete(pi, TASK_APPROVE_CLOSURE, Map.of("closureDecision", "APPROVED"));

        assertThat(pi).isEnded();
        CaseFileView file = file(pi);
        assertThat(file.status).isEqualTo(CaseStatus.CLOSED);
        assertThat(sectionValues(file, "reports", "status")).containsExactly("SENT");
        assertThat(sectionValues(file, "reports", "legalGround")).containsExactly("IMMINENT_DANGER");
        assertThat(sectionValues(file, "reports", "action")).containsExactly("EMERGENCY");
        assertThat(sectionValues(file, "reports", "consentBased")).containsExactly(false);
        assertThat(sectionValues(file, "reports", "reviewOutcome")).containsExactly("JUSTIFIED");
        assertThat(sectionValues(file, "reports", "reviewedBy")).doesNotContainNull();
        assertThat(sectionValues(file, "reportingDuties", "duty")).containsExactly("EMERGENCY");
        assertThat(sectionValues(file, "timeline", "type")).contains("SLA_BREACHED", "REPORT_MADE", "REPORT_REVIEWED");
    }

    @Test
    @DisplayName("A supervisor finds an emergency report was not justified: the review is on record, the report stands")
    void emergencyReportNotJustified() {
        ProcessInstance pi = open(request -> request.put("imminentDanger", true));
        makeReport(pi, TASK_MAKE_EMERGENCY_REPORT);
        complete(pi, TASK_REVIEW_EMERGENCY_REPORT, Map.of("emergencyReviewOutcome", "NOT_JUSTIFIED",
                "emergencyReviewNote", "The caller was safe at a friend's; talk it through with the advocate"));
        confirmRisk(pi, "CRITICAL");
        recordConsent(pi, "REFUSED", "REFUSED");
        assertThat(pi).hasPassed(EVENT_REPORTING_DONE);
        CaseFileView file = file(pi);
        assertThat(sectionValues(file, "reports", "status")).containsExactly("SENT");
        assertThat(sectionValues(file, "reports", "reviewOutcome")).containsExactly("NOT_JUSTIFIED");
        assertThat(sectionValues(file, "timeline", "note")).contains("The caller was safe at a friend's; talk it through with the advocate");
        // No consent to services: straight to follow-up.
        assertThat(pi).isWaitingAt(EVENT_FOLLOW_UP_DUE);
    }

    @Test
    @DisplayName("The live call: a 16-year-old in Winnipeg in danger tonight gets, at intake, the emergency report AND the "
            + "child-protection report addressed to Manitoba's intake; the latter stays open whatever the emergency report")
    void minorInDangerGetsEveryDuty() {
        ProcessInstance pi = open(request -> {
            request.put("imminentDanger", true);
            request.put("jurisdiction", new HashMap<>(Map.of("province", "MB", "municipality", "Winnipeg")));
            Intakes.person(request).put("ageYears", 16);
        });
        CaseFileView opened = file(pi);
        assertThat(opened.minorStatus).isEqualTo("MINOR_MANDATORY");
        assertThat(pi).isWaitingAt(TASK_CONFIRM_RISK, TASK_RECORD_CONSENT, TASK_REVIEW_URGENT_CASE,
                TASK_PAGE_ON_CALL_SUPERVISOR, TASK_MAKE_EMERGENCY_REPORT, TASK_REPORT_TO_CHILD_PROTECTION);
        Task childProtection = task(pi, TASK_REPORT_TO_CHILD_PROTECTION);
        assertThat(childProtection).hasCandidateGroup("advocates").hasCandidateGroup("supervisors");
        assertThat(childProtection.getName()).startsWith("Report to ").contains("Manitoba");
        assertThat(tasks.getVariableLocal(childProtection.getId(), Vars.REPORT_AGENCY).toString()).contains("Child");
        assertThat(sectionValues(opened, "reportingDuties", "duty"))
                .containsExactly("EMERGENCY", "MANDATORY_CHILD_PROTECTION");
        assertThat(sectionValues(opened, "reportingDuties", "legalGround"))
                .containsExactly("IMMINENT_DANGER", "MANDATORY_CHILD_PROTECTION");
        // Manitoba's ages are not verified: the case says so, naming the rule.
        assertThat(sectionValues(opened, "warnings", "rule")).containsExactly("MB");
        assertThat(sectionValues(opened, "warnings", "message").get(0).toString()).contains("not verified by counsel");

        makeReport(pi, TASK_MAKE_EMERGENCY_REPORT);
        assertThat(pi).as("child protection is reported whatever happened to the emergency report")
                .isWaitingAt(TASK_REPORT_TO_CHILD_PROTECTION, TASK_REVIEW_EMERGENCY_REPORT);
        complete(pi, TASK_REVIEW_EMERGENCY_REPORT, Map.of("emergencyReviewOutcome", "NOT_JUSTIFIED"));
        assertThat(pi).isWaitingAt(TASK_REPORT_TO_CHILD_PROTECTION);
        recordConsent(pi, "GRANTED", "GRANTED");
        assertThat(pi).as("consent adds the consented report; it replaces nothing")
                .isWaitingAt(TASK_REPORT_TO_CHILD_PROTECTION, TASK_REPORT_WITH_CONSENT, TASK_SEND_REFERRALS);
        makeReport(pi, TASK_REPORT_TO_CHILD_PROTECTION);
        makeReport(pi, TASK_REPORT_WITH_CONSENT);
        assertThat(pi).hasPassed(EVENT_CHILD_PROTECTION_REPORTED, EVENT_REPORTING_DONE);
        CaseFileView file = file(pi);
        assertThat(sectionValues(file, "reports", "action"))
                .containsExactly("EMERGENCY", "MANDATORY_CHILD_PROTECTION", "REPORT_WITH_CONSENT");
        assertThat(sectionValues(file, "reports", "legalGround"))
                .containsExactly("IMMINENT_DANGER", "MANDATORY_CHILD_PROTECTION", "CONSENT");
        assertThat(sectionValues(file, "reports", "status")).containsOnly("SENT");
        assertThat(sectionValues(file, "reports", "consentBased")).containsExactly(false, false, true);
        assertThat(sectionValues(file, "reportingDuties", "duty"))
                .containsExactly("EMERGENCY", "MANDATORY_CHILD_PROTECTION", "REPORT_WITH_CONSENT");
    }

    @ParameterizedTest(name = "danger {0}, age {1}, consent to report {2}")
    @DisplayName("Every combination of danger, minor status and consent: the duties that need no consent open at intake, "
            + "the report with consent only once consent is given, and none replaces another")
    @CsvSource({
        "true,  30, GRANTED", "true,  30, REFUSED",
        "true,  17, GRANTED", "true,  17, REFUSED",
        "true,  15, GRANTED", "true,  15, REFUSED",
        "false, 30, GRANTED", "false, 30, REFUSED",
        "false, 17, GRANTED", "false, 17, REFUSED",
        "false, 15, GRANTED", "false, 15, REFUSED"
    })
    void everyCombination(boolean danger, int age, String consentToReport) {
        ProcessInstance pi = open(request -> {
            request.put("imminentDanger", danger);
            Intakes.person(request).put("ageYears", age);
        });
        // Ontario: a child is under 18, the duty to report applies under 16.
        List<String> atIntake = new java.util.ArrayList<>(List.of(TASK_CONFIRM_RISK, TASK_RECORD_CONSENT));
        if (danger) {
            atIntake.add(TASK_MAKE_EMERGENCY_REPORT);
        }
        if (age == 15) {
            atIntake.add(TASK_REPORT_TO_CHILD_PROTECTION);
        }
        if (age == 17) {
            atIntake.add(TASK_DECIDE_DISCRETIONARY_REPORT);
        }
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).list().stream()
                .map(Task::getTaskDefinitionKey).filter(key -> !key.equals(TASK_REVIEW_URGENT_CASE)).toList())
                .as("open at intake, before consent").containsExactlyInAnyOrderElementsOf(atIntake);
        assertThat(pi).isNotWaitingAt(TASK_REPORT_WITH_CONSENT);

        recordConsent(pi, "GRANTED", consentToReport);
        boolean consented = consentToReport.equals("GRANTED");
        List<String> duties = new java.util.ArrayList<>();
        if (danger) {
            duties.add("EMERGENCY");
        }
        if (age == 15) {
            duties.add("MANDATORY_CHILD_PROTECTION");
        }
        if (age == 17) {
            duties.add("DISCRETIONARY_CHILD_PROTECTION");
        }
        if (consented) {
            duties.add("REPORT_WITH_CONSENT");
        }
        assertThat(sectionValues(file(pi), "reportingDuties", "duty")).containsExactlyElementsOf(duties);
        if (consented) {
            assertThat(pi).isWaitingAt(TASK_REPORT_WITH_CONSENT);
        } else {
            assertThat(pi).isNotWaitingAt(TASK_REPORT_WITH_CONSENT);
        }
        if (danger) {
            assertThat(pi).isWaitingAt(TASK_MAKE_EMERGENCY_REPORT);
        }
        if (age == 15) {
            assertThat(pi).isWaitingAt(TASK_REPORT_TO_CHILD_PROTECTION);
        }
        assertThat(file(pi).reportingAction).isEqualTo(duties.isEmpty() ? "REFERRAL_ONLY" : duties.get(0));
    }

    @Test
    @DisplayName("An unverified legal row opens one verification for designers, not one per case; answering it records who")
    void unverifiedRowOpensOneCheck() {
        long before = runtime.createProcessInstanceQuery().processDefinitionKey("LegalRuleVerificationProcess").count();
        ProcessInstance first = open(request -> request.put("jurisdiction", new HashMap<>(Map.of("province", "SK"))));
        ProcessInstance second = open(request -> request.put("jurisdiction", new HashMap<>(Map.of("province", "SK"))));
        assertThat(sectionValues(file(first), "warnings", "rule")).containsExactly("SK");
        assertThat(sectionValues(file(second), "warnings", "rule")).containsExactly("SK");
        List<org.camunda.bpm.engine.runtime.ProcessInstance> checks = runtime.createProcessInstanceQuery()
                .processDefinitionKey("LegalRuleVerificationProcess").list().stream()
                .filter(p -> p.getBusinessKey().startsWith(DECISION_CHILD_PROTECTION_AGE + ":SK:")).toList();
        assertThat(checks).hasSize(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("LegalRuleVerificationProcess").count())
                .isLessThanOrEqualTo(before + 1);
        Task verify = tasks.createTaskQuery().processInstanceId(checks.get(0).getId()).singleResult();
        assertThat(verify).hasCandidateGroup("designers");
        assertThat(verify.getName()).contains("Child-protection ages for SK");
        // Verified provinces raise nothing.
        assertThat(sectionValues(file(open(request -> { })), "warnings", "rule")).isEmpty();
        tasks.complete(verify.getId(), new HashMap<>(Map.of("legalRuleOutcome", "CONFIRMED",
                "legalRuleVerificationNote", "The Child and Family Services Act, s. 2, checked on 2026-12-07")));
        assertThat(checks.get(0)).isEnded();
        open(request -> request.put("jurisdiction", new HashMap<>(Map.of("province", "SK"))));
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("LegalRuleVerificationProcess")
                .processInstanceBusinessKey(checks.get(0).getBusinessKey()).count())
                .as("answered for this decision version: not opened again").isZero();
    }

    @Test
    @DisplayName("Outside Canada: risk, consent and referral still run; reporting goes through the national protocol "
            + "with a task for international liaison, never a provincial child-protection duty")
    void abroad() {
        ProcessInstance pi = open(request -> {
            request.put("jurisdiction", new HashMap<>(Map.of("country", "MX", "municipality", "Tijuana")));
            Intakes.person(request).put("ageYears", 15);
        });
        CaseFileView opened = file(pi);
        assertThat(opened.jurisdiction.country()).isEqualTo("MX");
        assertThat(opened.jurisdiction.province()).isNull();
        assertThat(opened.minorStatus).isEqualTo("MINOR_MANDATORY");
        assertThat(opened.protocol.matchedLevel()).isEqualTo("NATIONAL");
        assertThat(pi).isWaitingAt(TASK_CONFIRM_RISK, TASK_RECORD_CONSENT, TASK_LIAISE_INTERNATIONALLY)
                .isNotWaitingAt(TASK_REPORT_TO_CHILD_PROTECTION);
        assertThat(task(pi, TASK_LIAISE_INTERNATIONALLY)).hasCandidateGroup("supervisors");
        assertThat(sectionValues(opened, "reportingDuties", "legalGround")).containsExactly("CHILD_PROTECTION_ABROAD");
        assertThat(sectionValues(opened, "warnings", "rule")).contains("ABROAD", "INTERNATIONAL_LIAISON/CHILD_PROTECTION_ABROAD");
        makeReport(pi, TASK_LIAISE_INTERNATIONALLY);
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "GRANTED", "REFUSED");
        assertThat(pi).hasPassed(EVENT_REPORTING_DONE).isWaitingAt(TASK_SEND_REFERRALS);
        CaseFileView file = file(pi);
        assertThat(sectionValues(file, "reports", "action")).containsExactly("INTERNATIONAL_LIAISON");
        assertThat(sectionValues(file, "reports", "legalGround")).containsExactly("CHILD_PROTECTION_ABROAD");
        assertThat(sectionValues(file, "reports", "consentBased")).containsExactly(false);
    }

    @Test
    @DisplayName("No protocol in place: the reporting decision says so and a supervisor decides; through the national "
            + "protocol, the case takes it")
    void noProtocolInPlace() {
        ProcessInstance pi = open(request -> request.put("jurisdiction", new HashMap<>(Map.of("province", "NB"))));
        CaseFileView opened = file(pi);
        assertThat(opened.protocol.matchedLevel()).isEqualTo("PROVINCE");
        assertThat(sectionValues(opened, "reportingDuties", "duty")).containsExactly("NO_PROTOCOL_IN_PLACE");
        assertThat(task(pi, TASK_DECIDE_WITHOUT_PROTOCOL)).hasCandidateGroup("supervisors");
        complete(pi, TASK_DECIDE_WITHOUT_PROTOCOL, Map.of("noProtocolDecision", "NATIONAL_PROTOCOL"));
        assertThat(file(pi).protocol.matchedLevel()).isEqualTo("NATIONAL");
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "GRANTED", "GRANTED");
        Task report = task(pi, TASK_REPORT_WITH_CONSENT);
        assertThat(report.getName()).contains("Northern Federal Constabulary");
        makeReport(pi, TASK_REPORT_WITH_CONSENT);
        assertThat(pi).hasPassed(EVENT_REPORTING_DONE);
        assertThat(sectionValues(file(pi), "timeline", "type")).contains("REPORTING_ROUTE");
    }

    @Test
    @DisplayName("Mandatory child protection: a 15-year-old in Ontario is reported whatever the consent, from intake on")
    void mandatoryChildProtection() {
        ProcessInstance pi = open(request -> Intakes.person(request).put("ageYears", 15));
        CaseFileView opened = file(pi);
        assertThat(opened.minorStatus).isEqualTo("MINOR_MANDATORY");
        assertThat(opened.riskLevel).isEqualTo("HIGH");
        assertThat(opened.reportingAction).isEqualTo("MANDATORY_CHILD_PROTECTION");
        assertThat(pi).isWaitingAt(TASK_CONFIRM_RISK, TASK_RECORD_CONSENT, TASK_REPORT_TO_CHILD_PROTECTION);
        assertThat(task(pi, TASK_REPORT_TO_CHILD_PROTECTION)).hasCandidateGroup("advocates");
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "GRANTED", "REFUSED");
        assertThat(pi).isWaitingAt(TASK_REPORT_TO_CHILD_PROTECTION, TASK_SEND_REFERRALS);
        consents.withdraw(caseNumber(pi), consentId(pi, ConsentPurpose.REFER_TO_SERVICES));
        breachSla(pi, TASK_REPORT_TO_CHILD_PROTECTION);
        makeReport(pi, TASK_REPORT_TO_CHILD_PROTECTION);
        assertThat(sectionValues(file(pi), "reports", "legalGround")).containsExactly("MANDATORY_CHILD_PROTECTION");
        assertThat(sectionValues(file(pi), "reports", "status")).containsExactly("SENT");
    }

    @Test
    @DisplayName("A minor who appears to be one, age unknown, is treated as below the mandatory-report age")
    void appearsMinorWithUnknownAge() {
        ProcessInstance pi = open(request -> {
            Intakes.person(request).put("ageYears", null);
            Intakes.person(request).put("appearsMinor", true);
        });
        assertThat(file(pi).minorStatus).isEqualTo("MINOR_MANDATORY");
    }

    @Test
    @DisplayName("Discretionary child protection: a 17-year-old in Ontario; the supervisor decides to report")
    void discretionaryReported() {
        ProcessInstance pi = open(request -> Intakes.person(request).put("ageYears", 17));
        assertThat(file(pi).minorStatus).isEqualTo("MINOR_DISCRETIONARY");
        assertThat(file(pi).reportingAction).isEqualTo("DISCRETIONARY_CHILD_PROTECTION");
        assertThat(task(pi, TASK_DECIDE_DISCRETIONARY_REPORT)).hasCandidateGroup("supervisors");
        complete(pi, TASK_DECIDE_DISCRETIONARY_REPORT, Map.of("discretionaryReportDecision", "REPORT"));
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "GRANTED", "GRANTED");
        makeReport(pi, TASK_REPORT_TO_CHILD_PROTECTION);
        makeReport(pi, TASK_REPORT_WITH_CONSENT);
        CaseFileView file = file(pi);
        assertThat(sectionValues(file, "reports", "status")).containsOnly("SENT");
        assertThat(sectionValues(file, "reports", "action")).containsExactly("DISCRETIONARY_CHILD_PROTECTION", "REPORT_WITH_CONSENT");
        assertThat(sectionValues(file, "reports", "approvedBy").get(0)).isNotNull();
        assertThat(sectionValues(file, "reports", "approvedBy").get(1)).isNull();
    }

    @Test
    @DisplayName("Discretionary child protection: the supervisor decides not to report")
    void discretionaryNotReported() {
        ProcessInstance pi = open(request -> Intakes.person(request).put("ageYears", 16));
        confirmRisk(pi, "HIGH");
        complete(pi, TASK_DECIDE_DISCRETIONARY_REPORT, Map.of("discretionaryReportDecision", "DO_NOT_REPORT"));
        assertThat(pi).hasNotPassed(TASK_REPORT_TO_CHILD_PROTECTION).isWaitingAt(EVENT_CONSENT_RECORDED);
        recordConsent(pi, "GRANTED", "REFUSED");
        assertThat(pi).hasPassed(EVENT_REPORTING_DONE).hasNotPassed(TASK_REPORT_TO_CHILD_PROTECTION);
        assertThat(sectionValues(file(pi), "reports", "status")).containsExactly("NOT_MADE");
    }

    @Test
    @DisplayName("Report with consent: a victim agrees to a report; the report is made to the lead agency")
    void reportWithConsent() {
        ProcessInstance pi = open(request -> { });
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "GRANTED", "GRANTED");
        assertThat(file(pi).reportingAction).isEqualTo("REPORT_WITH_CONSENT");
        assertThat(pi).isWaitingAt(TASK_REPORT_WITH_CONSENT, TASK_SEND_REFERRALS);
        breachSla(pi, TASK_REPORT_WITH_CONSENT);
        makeReport(pi, TASK_REPORT_WITH_CONSENT);
        List<Object> reports = sectionValues(file(pi), "reports", "consentBased");
        assertThat(reports).containsExactly(true);
    }

    @Test
    @DisplayName("Third-party report: a third party who agrees to the report")
    void thirdPartyReport() {
        ProcessInstance pi = open(request -> request.put("callerType", "THIRD_PARTY"));
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "REFUSED", "GRANTED");
        assertThat(file(pi).reportingAction).isEqualTo("THIRD_PARTY_REPORT");
        makeReport(pi, TASK_REPORT_WITH_CONSENT);
        assertThat(sectionValues(file(pi), "reports", "action")).containsExactly("THIRD_PARTY_REPORT");
    }

    @Test
    @DisplayName("Insufficient detail: no report, but the contact is kept as a signal")
    void insufficientDetail() {
        ProcessInstance pi = open(request -> request.put("detailSufficient", false));
        assertThat(file(pi).reportingAction).as("known at intake").isEqualTo("NO_REPORT_INSUFFICIENT_DETAIL");
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "GRANTED", "GRANTED");
        assertThat(file(pi).reportingAction).isEqualTo("NO_REPORT_INSUFFICIENT_DETAIL");
        assertThat(pi).hasPassed(TASK_RECORD_REPORTING_SIGNAL, EVENT_REPORTING_DONE);
        assertThat(sectionValues(file(pi), "reports", "status")).containsExactly("SIGNAL");
    }

    // ------------------------------------------------------------------ cross-cutting events

    @Test
    @DisplayName("Consent withdrawn: the pending report that relied on it is cancelled; the ledger keeps both")
    void consentWithdrawalCancelsPendingReport() {
        ProcessInstance pi = open(request -> { });
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "GRANTED", "GRANTED");
        assertThat(pi).isWaitingAt(TASK_REPORT_WITH_CONSENT);
        Long consentId = consentId(pi, ConsentPurpose.REPORT_TO_LAW_ENFORCEMENT);

        consents.withdraw(caseNumber(pi), consentId);

        assertThat(pi).isNotWaitingAt(TASK_REPORT_WITH_CONSENT).hasPassed(TASK_CANCEL_REPORT, EVENT_REPORTING_DONE);
        assertThat(pi).isWaitingAt(TASK_SEND_REFERRALS);
        CaseFileView file = file(pi);
        assertThat(sectionValues(file, "reports", "status")).containsExactly("CANCELLED");
        assertThat(sectionValues(file, "consents", "active")).containsExactly(true, false);
        assertThat(sectionValues(file, "timeline", "type")).contains("CONSENT_WITHDRAWN", "REPORT_CANCELLED");
    }

    @Test
    @DisplayName("Consent to services withdrawn before referrals are sent: proposals are withdrawn, follow-up stays")
    void consentToServicesWithdrawn() {
        ProcessInstance pi = open(request -> { });
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "GRANTED", "REFUSED");
        assertThat(pi).isWaitingAt(TASK_SEND_REFERRALS);
        consents.withdraw(caseNumber(pi), consentId(pi, ConsentPurpose.REFER_TO_SERVICES));
        assertThat(pi).isNotWaitingAt(TASK_SEND_REFERRALS).isWaitingAt(EVENT_FOLLOW_UP_DUE);
        assertThat(pi).hasPassed(TASK_WITHDRAW_CONSENT_BASED_ACTIONS);
        assertThat(sectionValues(file(pi), "referrals", "status")).isNotEmpty().containsOnly("WITHDRAWN");
    }

    @Test
    @DisplayName("SLA breach: the first action is overdue, a supervisor gets \"Handle escalation\" and the timeline says so")
    void slaEscalation() {
        ProcessInstance pi = open(request -> { });
        Task confirm = task(pi, TASK_CONFIRM_RISK);
        assertThat(confirm.getDueDate()).isCloseTo(new Date(confirm.getCreateTime().getTime() + 3_600_000L), 5_000);
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 3_700_000L));
        Job overdue = management.createJobQuery().processInstanceId(pi.getId()).activityId("Event_ConfirmRiskOverdue").timers()
                .duedateLowerThan(ClockUtil.getCurrentTime()).singleResult();
        management.executeJob(overdue.getId());

        assertThat(pi).isWaitingAt(TASK_CONFIRM_RISK, TASK_HANDLE_ESCALATION);
        assertThat(task(pi, TASK_HANDLE_ESCALATION)).hasCandidateGroup("supervisors");
        assertThat(sectionValues(file(pi), "timeline", "detail"))
                .anyMatch(detail -> detail.toString().contains("\"Confirm risk assessment\" overdue"));
        complete(pi, TASK_HANDLE_ESCALATION, Map.of("escalationAction", "ADVISED"));
        assertThat(pi).isWaitingAt(TASK_CONFIRM_RISK).isNotWaitingAt(TASK_HANDLE_ESCALATION);
        confirmRisk(pi, "HIGH");
        breachSla(pi, TASK_RECORD_CONSENT);
        recordConsent(pi, "GRANTED", "REFUSED");
        breachSla(pi, TASK_SEND_REFERRALS);
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(TASK_HANDLE_ESCALATION).count())
                .as("one open escalation per later breach").isEqualTo(2);
    }

    @Test
    @DisplayName("An advocate escalates: supervisors get \"Handle escalation\" at once; the reason stays in the case file")
    void advocateEscalation() {
        ProcessInstance pi = open(request -> { });
        escalations.escalate(caseNumber(pi), "Caller says the employer is on the way");
        assertThat(pi).isWaitingAt(TASK_CONFIRM_RISK, TASK_HANDLE_REQUESTED_ESCALATION);
        assertThat(task(pi, TASK_HANDLE_REQUESTED_ESCALATION)).hasCandidateGroup("supervisors");
        assertThat(runtime.getVariables(pi.getId()).values()).noneMatch(v -> String.valueOf(v).contains("employer"));
        complete(pi, TASK_HANDLE_REQUESTED_ESCALATION, Map.of("escalationAction", "TOOK_OVER"));
        assertThat(sectionValues(file(pi), "timeline", "type")).contains("ESCALATION_REQUESTED", "TASK_COMPLETED");
    }

    @Test
    @DisplayName("A new contact on an open case: recorded on the case and reviewed by an advocate, no second case")
    void newContactOnOpenCase() {
        ProcessInstance pi = open(request -> { });
        Map<String, Object> again = Intakes.adultVictimInToronto();
        again.put("existingCaseNumber", caseNumber(pi));
        IntakeService.Outcome outcome = intake.take(json.convertValue(again, IntakeRequest.class), null);
        assertThat(outcome.created()).isFalse();
        assertThat(outcome.caseFile().caseNumber).isEqualTo(caseNumber(pi));
        assertThat(outcome.caseFile().contacts).hasSize(2);
        assertThat(pi).isWaitingAt(TASK_CONFIRM_RISK, TASK_REVIEW_NEW_CONTACT);
        assertThat(task(pi, TASK_REVIEW_NEW_CONTACT)).hasCandidateGroup("advocates");
        breachSla(pi, TASK_REVIEW_NEW_CONTACT);
        assertThat(task(pi, TASK_HANDLE_ESCALATION)).as("an unreviewed callback reaches a supervisor")
                .hasCandidateGroup("supervisors");
        complete(pi, TASK_HANDLE_ESCALATION, Map.of("escalationAction", "ADVISED"));
        complete(pi, TASK_REVIEW_NEW_CONTACT, Map.of("newContactAction", "NOTED"));
        assertThat(pi).isWaitingAt(TASK_CONFIRM_RISK).isNotWaitingAt(TASK_REVIEW_NEW_CONTACT);
    }

    @Test
    @DisplayName("A new contact that reports imminent danger reaches a supervisor at once")
    void newContactInDanger() {
        ProcessInstance pi = open(request -> request.put("indicators", List.of()));
        newContact(pi, true);
        assertThat(pi).isWaitingAt(TASK_CONFIRM_RISK, TASK_REVIEW_NEW_CONTACT, TASK_HANDLE_REQUESTED_ESCALATION);
        assertThat(task(pi, TASK_HANDLE_REQUESTED_ESCALATION)).hasCandidateGroup("supervisors");
    }

    @Test
    @DisplayName("Three unreachable follow-ups: the case closes as lost contact")
    void threeUnreachableFollowUps() {
        ProcessInstance pi = open(request -> request.put("indicators", List.of("ISOLATION")));
        assertThat(file(pi).riskLevel).isEqualTo("MODERATE");
        confirmRisk(pi, "MODERATE");
        recordConsent(pi, "REFUSED", "REFUSED");
        assertThat(pi).isWaitingAt(EVENT_FOLLOW_UP_DUE);
        followUp(pi, "UNREACHABLE");
        assertThat(pi).isWaitingAt(EVENT_FOLLOW_UP_DUE);
        followUpDue(pi);
        breachSla(pi, TASK_FOLLOW_UP);
        complete(pi, TASK_FOLLOW_UP, Map.of("followUpOutcome", "UNREACHABLE"));
        complete(pi, TASK_HANDLE_ESCALATION, Map.of("escalationAction", "TOOK_OVER"));
        assertThat(pi).isNotEnded().isWaitingAt(EVENT_FOLLOW_UP_DUE);
        followUp(pi, "UNREACHABLE");
        assertThat(pi).isEnded();
        CaseFileView file = file(pi);
        assertThat(file.closureReason).isEqualTo("LOST_CONTACT");
        assertThat(sectionValues(file, "followUps", "outcome")).containsExactly("UNREACHABLE", "UNREACHABLE", "UNREACHABLE");
    }

    @Test
    @DisplayName("Closure of a high-risk case needs a supervisor; returned once for more follow-up, then approved")
    void closureApproval() {
        ProcessInstance pi = open(request -> { });
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "GRANTED", "REFUSED");
        sendFirstProposal(pi);
        answerReferrals(pi, "ACKNOWLEDGED");
        assertThat(pi).as("still waiting for the service's decision").isWaitingAt("Gateway_AwaitReferralAnswers");
        answerReferrals(pi, "ACCEPTED");
        followUp(pi, "REFERRALS_CONFIRMED");
        assertThat(task(pi, TASK_APPROVE_CLOSURE)).hasCandidateGroup("supervisors");
        complete(pi, TASK_APPROVE_CLOSURE, Map.of("closureDecision", "RETURNED"));
        assertThat(pi).isWaitingAt(TASK_FOLLOW_UP);
        complete(pi, TASK_FOLLOW_UP, Map.of("followUpOutcome", "REFERRALS_CONFIRMED"));
        complete(pi, TASK_APPROVE_CLOSURE, Map.of("closureDecision", "APPROVED"));
        assertThat(pi).isEnded();
        assertThat(file(pi).status).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    @DisplayName("No answer in two days: the advocate chases; a declined referral brings new proposals")
    void referralChasedThenDeclined() {
        ProcessInstance pi = open(request -> { });
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "GRANTED", "REFUSED");
        sendFirstProposal(pi);
        assertThat(pi).isWaitingAt("Gateway_AwaitReferralAnswers");
        Job unanswered = management.createJobQuery().processInstanceId(pi.getId()).activityId(EVENT_REFERRAL_UNANSWERED)
                .singleResult();
        assertThat(unanswered.getDuedate()).isCloseTo(new Date(ClockUtil.getCurrentTime().getTime() + 2 * 86_400_000L), 60_000);
        management.executeJob(unanswered.getId());
        assertThat(task(pi, TASK_CHASE_REFERRAL)).hasCandidateGroup("advocates");
        complete(pi, TASK_CHASE_REFERRAL, Map.of("chasedReferralId", chasedReferral(pi), "chaseResult", "MESSAGE_LEFT",
                "referralAnswer", "NO_ANSWER"));
        assertThat(pi).as("waiting again, with a new chase timer").isWaitingAt("Gateway_AwaitReferralAnswers");
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).activityId(EVENT_REFERRAL_UNANSWERED).count()).isOne();

        answerReferrals(pi, "DECLINED");
        assertThat(pi).isWaitingAt(TASK_SEND_REFERRALS);
        assertThat(sectionValues(file(pi), "referrals", "status")).contains("DECLINED", "PROPOSED");
        complete(pi, TASK_SEND_REFERRALS, Map.of("selectedServiceIds", SpinValues.jsonValue("[]").create()));
        assertThat(pi).isWaitingAt(EVENT_FOLLOW_UP_DUE);
        assertThat(sectionValues(file(pi), "referrals", "status")).contains("DECLINED", "NOT_SELECTED");
    }

    @Test
    @DisplayName("Chasing a referral, the advocate hears it was accepted: the case goes on to follow-up")
    void referralChasedAndAccepted() {
        ProcessInstance pi = open(request -> { });
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "GRANTED", "REFUSED");
        sendFirstProposal(pi);
        management.executeJob(management.createJobQuery().processInstanceId(pi.getId())
                .activityId(EVENT_REFERRAL_UNANSWERED).singleResult().getId());
        complete(pi, TASK_CHASE_REFERRAL, Map.of("chasedReferralId", chasedReferral(pi), "chaseResult", "SERVICE_REACHED",
                "referralAnswer", "ACCEPTED"));
        assertThat(pi).isWaitingAt(EVENT_FOLLOW_UP_DUE);
        assertThat(sectionValues(file(pi), "referrals", "status")).contains("ACCEPTED");
    }

    @Test
    @DisplayName("New information on an open case is reported; another agency than the active one needs a reason")
    void secondReportNeedsOverrideReason() {
        ProcessInstance pi = open(request -> { });
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "GRANTED", "GRANTED");
        makeReport(pi, TASK_REPORT_WITH_CONSENT);
        Map<String, Object> again = Intakes.adultVictimInToronto();
        again.put("existingCaseNumber", caseNumber(pi));
        intake.take(json.convertValue(again, IntakeRequest.class), null);
        complete(pi, TASK_REVIEW_NEW_CONTACT, Map.of("newContactAction", "NEW_REPORT_NEEDED"));
        Task second = task(pi, TASK_REPORT_NEW_INFORMATION);
        assertThat(second.getName()).startsWith("Report to ");
        breachSla(pi, TASK_REPORT_NEW_INFORMATION);
        assertThat(task(pi, TASK_HANDLE_ESCALATION)).hasCandidateGroup("supervisors");
        Map<String, Object> elsewhere = new HashMap<>(Map.of("reportAgency", "Example Provincial Police", "reportChannel", "PHONE",
                "reportContact", "Duty desk"));
        assertThatThrownBy(() -> tasks.complete(second.getId(), elsewhere))
                .satisfies(e -> assertThat(ApiProblem.in(e)).get().extracting(ApiProblem::getMessage).asString()
                        .contains("coordinationOverrideNote"));
        assertThat(pi).isWaitingAt(TASK_REPORT_NEW_INFORMATION);
        elsewhere.put("coordinationOverrideNote", "The lead agency asked us to contact the provincial unit directly");
        tasks.complete(second.getId(), elsewhere);
        CaseFileView file = file(pi);
        assertThat(sectionValues(file, "reports", "agency")).contains("Example Provincial Police");
        assertThat(sectionValues(file, "reports", "overrideReason"))
                .contains("The lead agency asked us to contact the provincial unit directly");
        assertThat(sectionValues(file, "timeline", "type")).contains("REPORT_COORDINATION_OVERRIDE");
    }

    @Test
    @DisplayName("No new report without the caller's consent or a legal ground; a withdrawal cancels one pending")
    void newReportNeedsConsentOrLegalGround() {
        ProcessInstance pi = open(request -> request.put("indicators", List.of()));
        confirmRisk(pi, "LOW");
        recordConsent(pi, "REFUSED", "REFUSED");
        newContact(pi, false);
        String review = task(pi, TASK_REVIEW_NEW_CONTACT).getId();
        assertThatThrownBy(() -> tasks.complete(review, Map.of("newContactAction", "NEW_REPORT_NEEDED")))
                .satisfies(e -> assertThat(ApiProblem.in(e)).isPresent())
                .hasMessageContaining("has not consented");
        var consent = consents.record(caseNumber(pi), new org.hotline.consent.ConsentRequest(ConsentPurpose.REPORT_TO_LAW_ENFORCEMENT,
                null, true, org.hotline.consent.ConsentMethod.VERBAL, "Now agrees that we tell the police"));
        complete(pi, TASK_REVIEW_NEW_CONTACT, Map.of("newContactAction", "NEW_REPORT_NEEDED"));
        assertThat(pi).isWaitingAt(TASK_REPORT_NEW_INFORMATION);
        consents.withdraw(caseNumber(pi), consent.id());
        assertThat(pi).isNotWaitingAt(TASK_REPORT_NEW_INFORMATION).hasPassed("Task_CancelNewInformationReport");
        assertThat(sectionValues(file(pi), "reports", "status")).containsExactly("CANCELLED");
    }

    @Test
    @DisplayName("A case does not close over a pending report, an unreviewed new contact or an open escalation")
    void noClosureOverOpenWork() {
        ProcessInstance pi = open(request -> request.put("indicators", List.of()));
        confirmRisk(pi, "LOW");
        recordConsent(pi, "REFUSED", "GRANTED");
        followUpDue(pi);
        newContact(pi, false);
        String followUp = task(pi, TASK_FOLLOW_UP).getId();
        assertThatThrownBy(() -> tasks.complete(followUp, Map.of("followUpOutcome", "REFERRALS_CONFIRMED")))
                .satisfies(e -> assertThat(ApiProblem.in(e)).isPresent())
                .hasMessageContaining("Review new contact");
        complete(pi, TASK_REVIEW_NEW_CONTACT, Map.of("newContactAction", "NEW_REPORT_NEEDED"));
        assertThatThrownBy(() -> tasks.complete(followUp, Map.of("followUpOutcome", "REFERRALS_CONFIRMED")))
                .satisfies(e -> assertThat(ApiProblem.in(e)).get().extracting(ApiProblem::status)
                        .isEqualTo(org.springframework.http.HttpStatus.CONFLICT))
                .hasMessageContaining("report is still pending");
        assertThat(pi).isWaitingAt(TASK_FOLLOW_UP, TASK_REPORT_NEW_INFORMATION);
        assertThat(file(pi).status).isEqualTo(CaseStatus.OPEN);
        makeReport(pi, TASK_REPORT_NEW_INFORMATION);
        complete(pi, TASK_FOLLOW_UP, Map.of("followUpOutcome", "REFERRALS_CONFIRMED"));
        assertThat(pi).isEnded();
    }

    @Test
    @DisplayName("More help needed at follow-up: back to referral; the case waits for a pending report before closing")
    void moreHelpNeededAndPendingReport() {
        ProcessInstance pi = open(request -> { });
        confirmRisk(pi, "HIGH");
        recordConsent(pi, "GRANTED", "GRANTED");
        sendFirstProposal(pi);
        answerReferrals(pi, "ACCEPTED");
        followUp(pi, "MORE_HELP_NEEDED");
        assertThat(pi).isWaitingAt(TASK_SEND_REFERRALS);
        sendFirstProposal(pi);
        answerReferrals(pi, "ACCEPTED");
        followUp(pi, "REFERRALS_CONFIRMED");
        // The report is still pending: the case may not close yet.
        assertThat(pi).isWaitingAt(EVENT_REPORTING_COMPLETED, TASK_REPORT_WITH_CONSENT);
        makeReport(pi, TASK_REPORT_WITH_CONSENT);
        assertThat(pi).isWaitingAt(TASK_APPROVE_CLOSURE);
        complete(pi, TASK_APPROVE_CLOSURE, Map.of("closureDecision", "APPROVED"));
        assertThat(pi).isEnded();
    }

    @Test
    @DisplayName("An advocate raises the risk to critical: a supervisor reviews the case at once")
    void raisedToCritical() {
        ProcessInstance pi = open(request -> { });
        complete(pi, TASK_CONFIRM_RISK, Map.of("riskLevel", "CRITICAL", "riskOverrideNote", "The caller fears for her life"));
        assertThat(pi).isWaitingAt(TASK_REVIEW_URGENT_CASE, TASK_RECORD_CONSENT, TASK_PAGE_ON_CALL_SUPERVISOR);
        assertThat(task(pi, TASK_RECORD_CONSENT).getPriority()).as("open since intake, moved up").isEqualTo(100);
        CaseFileView file = file(pi);
        assertThat(file.riskLevel).isEqualTo("CRITICAL");
        assertThat(sectionValues(file, "timeline", "note")).contains("The caller fears for her life");
        assertThat(runtime.getVariables(pi.getId())).doesNotContainKey("riskOverrideNote");
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance open(Consumer<Map<String, Object>> adjust) {
        Map<String, Object> request = Intakes.adultVictimInToronto();
        adjust.accept(request);
        IntakeService.Outcome outcome = intake.take(json.convertValue(request, IntakeRequest.class), null);
        assertThat(outcome.created()).isTrue();
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(outcome.caseFile().caseNumber).singleResult();
    }

    private String caseNumber(ProcessInstance pi) {
        return pi.getBusinessKey();
    }

    private CaseFileView file(ProcessInstance pi) {
        return caseFiles.read(caseNumber(pi));
    }

    private Task task(ProcessInstance pi, String key) {
        Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task " + key).isNotNull();
        return task;
    }

    private void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
        tasks.complete(task(pi, key).getId(), new HashMap<>(variables));
    }

    private void confirmRisk(ProcessInstance pi, String level) {
        complete(pi, TASK_CONFIRM_RISK, Map.of("riskLevel", level));
    }

    private void recordConsent(ProcessInstance pi, String services, String report) {
        complete(pi, TASK_RECORD_CONSENT, Map.of("consentWordingRead", true, "consentMethod", "VERBAL",
                "consentToServicesAnswer", services, "consentToReportAnswer", report));
    }

    private void sendFirstProposal(ProcessInstance pi) {
        String proposals = runtime.getVariableTyped(pi.getId(), Vars.PROPOSED_SERVICES).getValue().toString();
        List<?> options = readJson(proposals);
        assertThat(options).as("services proposed for the case").isNotEmpty();
        Object first = ((Map<?, ?>) options.get(0)).get("value");
        complete(pi, TASK_SEND_REFERRALS, Map.of("selectedServiceIds", SpinValues.jsonValue("[\"" + first + "\"]").create()));
    }

    private void makeReport(ProcessInstance pi, String key) {
        complete(pi, key, Map.of("reportAgency", tasks.getVariableLocal(task(pi, key).getId(), Vars.REPORT_AGENCY),
                "reportChannel", "PHONE", "reportContact", "Duty officer", "reportReference", "REF-1",
                "agencyResponseNote", "Unit will call back within the hour"));
    }

    private void followUp(ProcessInstance pi, String outcome) {
        followUpDue(pi);
        complete(pi, TASK_FOLLOW_UP, Map.of("followUpOutcome", outcome));
    }

    private void followUpDue(ProcessInstance pi) {
        Job due = management.createJobQuery().processInstanceId(pi.getId()).activityId(EVENT_FOLLOW_UP_DUE).singleResult();
        assertThat(due).as("follow-up timer").isNotNull();
        management.executeJob(due.getId());
    }

    private void breachSla(ProcessInstance pi, String taskKey) {
        String timer = "Event_" + taskKey.substring("Task_".length()) + "Overdue";
        Job job = management.createJobQuery().processInstanceId(pi.getId()).activityId(timer).singleResult();
        assertThat(job).as("SLA timer " + timer).isNotNull();
        management.executeJob(job.getId());
    }

    private void newContact(ProcessInstance pi, boolean imminentDanger) {
        Map<String, Object> again = Intakes.adultVictimInToronto();
        again.put("existingCaseNumber", caseNumber(pi));
        again.put("imminentDanger", imminentDanger);
        intake.take(json.convertValue(again, IntakeRequest.class), null);
    }

    private String chasedReferral(ProcessInstance pi) {
        List<?> options = readJson(runtime.getVariableTyped(pi.getId(), "pendingReferrals").getValue().toString());
        assertThat(options).as("referrals awaiting an answer").isNotEmpty();
        return (String) ((Map<?, ?>) options.get(0)).get("value");
    }

    private void answerReferrals(ProcessInstance pi, String status) {
        List<?> rows = (List<?>) file(pi).sections().get("referrals");
        boolean answered = false;
        for (Object row : rows) {
            Map<?, ?> referral = json.convertValue(row, Map.class);
            String current = (String) referral.get("status");
            if (List.of("SENT", "ACKNOWLEDGED", "ACCEPTED").contains(current) && !current.equals(status)) {
                referrals.answer(caseNumber(pi), ((Number) referral.get("id")).longValue(), ReferralStatus.valueOf(status));
                answered = true;
            }
        }
        assertThat(answered).as("a referral awaiting " + status).isTrue();
    }

    private Long consentId(ProcessInstance pi, ConsentPurpose purpose) {
        @SuppressWarnings("unchecked")
        List<ConsentService.ConsentView> ledger = (List<ConsentService.ConsentView>) file(pi).sections().get("consents");
        return ledger.stream().filter(c -> c.purpose() == purpose).findFirst().orElseThrow().id();
    }

    private List<Object> sectionValues(CaseFileView file, String section, String property) {
        List<?> rows = (List<?>) file.sections().get(section);
        return rows.stream().map(row -> json.convertValue(row, Map.class).get(property)).map(Object.class::cast).toList();
    }

    private List<?> readJson(String text) {
        try {
            return json.readValue(text, List.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
