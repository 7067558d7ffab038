package org.hotline.lifecycle;

/**
 * Ids of {@code processes/case-lifecycle.bpmn} that the Java side uses: a rename in the model breaks compilation
 * here, not a running case.
 */
public final class CaseLifecycle {

    public static final String PROCESS_KEY = "CaseLifecycleProcess";

    public static final String MESSAGE_CASE_ESCALATED = "CaseEscalated";
    public static final String MESSAGE_CONSENT_WITHDRAWN = "ConsentWithdrawn";
    public static final String MESSAGE_NEW_CONTACT_RECEIVED = "NewContactReceived";
    public static final String MESSAGE_REFERRAL_STATUS_CHANGED = "ReferralStatusChanged";

    public static final String TASK_DETERMINE_MINOR_STATUS = "Task_DetermineMinorStatus";
    public static final String TASK_ASSESS_RISK = "Task_AssessRisk";
    public static final String TASK_CONFIRM_RISK = "Task_ConfirmRisk";
    public static final String TASK_REVIEW_URGENT_CASE = "Task_ReviewUrgentCase";
    public static final String TASK_PAGE_ON_CALL_SUPERVISOR = "Task_PageOnCallSupervisor";
    public static final String TASK_RECORD_CONSENT = "Task_RecordConsent";
    public static final String TASK_LOOK_UP_PROTOCOL = "Task_LookUpProtocol";
    public static final String TASK_FIND_MATCHING_SERVICES = "Task_FindMatchingServices";
    public static final String TASK_SEND_REFERRALS = "Task_SendReferrals";
    public static final String TASK_CHASE_REFERRAL = "Task_ChaseReferral";
    public static final String TASK_FOLLOW_UP = "Task_FollowUp";
    public static final String TASK_DECIDE_LEGAL_DUTIES = "Task_DecideLegalDuties";
    public static final String TASK_DECIDE_CONSENTED_REPORT = "Task_DecideConsentedReport";
    public static final String TASK_MAKE_EMERGENCY_REPORT = "Task_MakeEmergencyReport";
    public static final String TASK_REVIEW_EMERGENCY_REPORT = "Task_ReviewEmergencyReport";
    public static final String TASK_REPORT_TO_CHILD_PROTECTION = "Task_ReportToChildProtection";
    public static final String TASK_DECIDE_DISCRETIONARY_REPORT = "Task_DecideDiscretionaryReport";
    public static final String TASK_DECIDE_WITHOUT_PROTOCOL = "Task_DecideWithoutProtocol";
    public static final String TASK_LIAISE_INTERNATIONALLY = "Task_LiaiseInternationally";
    public static final String TASK_REPORT_WITH_CONSENT = "Task_ReportWithConsent";
    public static final String TASK_CANCEL_REPORT = "Task_CancelReport";
    public static final String TASK_RECORD_REPORTING_SIGNAL = "Task_RecordReportingSignal";
    public static final String TASK_APPROVE_CLOSURE = "Task_ApproveClosure";
    public static final String TASK_CLOSE_CASE = "Task_CloseCase";
    public static final String TASK_HANDLE_ESCALATION = "Task_HandleEscalation";
    public static final String TASK_HANDLE_REQUESTED_ESCALATION = "Task_HandleRequestedEscalation";
    public static final String TASK_WITHDRAW_CONSENT_BASED_ACTIONS = "Task_WithdrawConsentBasedActions";
    public static final String TASK_REVIEW_NEW_CONTACT = "Task_ReviewNewContact";
    public static final String TASK_REPORT_NEW_INFORMATION = "Task_ReportNewInformation";

    public static final String EVENT_CONTACT_RECEIVED = "Event_ContactReceived";
    public static final String EVENT_FOLLOW_UP_DUE = "Event_FollowUpDue";
    public static final String EVENT_REPORTING_COMPLETED = "Event_ReportingCompleted";
    public static final String EVENT_REFERRAL_UNANSWERED = "Event_ReferralUnanswered";
    public static final String EVENT_REFERRAL_STATUS_CHANGED = "Event_ReferralStatusChanged";
    public static final String EVENT_CASE_CLOSED = "Event_CaseClosed";
    public static final String EVENT_REPORTING_DONE = "Event_ReportingDone";
    public static final String EVENT_URGENT_CASE_REVIEWED = "Event_UrgentCaseReviewed";
    public static final String EVENT_SUPERVISOR_PAGED = "Event_SupervisorPaged";
    public static final String EVENT_CONSENT_RECORDED = "Event_ConsentRecorded";
    public static final String EVENT_NO_LEGAL_DUTY = "Event_NoLegalDuty";
    public static final String EVENT_CHILD_PROTECTION_REPORTED = "Event_ChildProtectionReported";
    public static final String EVENT_EMERGENCY_REPORT_REVIEWED = "Event_EmergencyReportReviewed";

    public static final String SUB_PROCESS_REPORTING_DUTIES = "SubProcess_ReportingDuties";

    public static final String GATEWAY_LEGAL_DUTIES = "Gateway_LegalDuties";
    public static final String GATEWAY_FOLLOW_UP_OUTCOME = "Gateway_FollowUpOutcome";

    public static final String DECISION_RISK_ASSESSMENT = "RiskAssessmentDecision";
    public static final String DECISION_REPORTING_OBLIGATION = "ReportingObligationDecision";
    public static final String DECISION_CHILD_PROTECTION_AGE = "ChildProtectionAgeDecision";

    private CaseLifecycle() {
    }

    /** Process variables: routing facts only, never what a caller said. */
    public static final class Vars {
        public static final String CASE_ID = "caseId";
        public static final String CASE_NUMBER = "caseNumber";
        public static final String JURISDICTION = "jurisdiction";
        public static final String CALLER_TYPE = "callerType";
        public static final String IMMINENT_DANGER = "imminentDanger";
        public static final String DETAIL_SUFFICIENT = "detailSufficient";
        public static final String INDICATOR_COUNT = "indicatorCount";
        public static final String MINOR_STATUS = "minorStatus";
        public static final String RISK_LEVEL = "riskLevel";
        public static final String RISK_RAISED_TO_CRITICAL = "riskRaisedToCritical";
        public static final String SLA_FIRST_ACTION = "slaFirstAction";
        public static final String TASK_PRIORITY = "taskPriority";
        public static final String FOLLOW_UP_DELAY = "followUpDelay";
        public static final String CONSENT_TO_SERVICES = "consentToServices";
        public static final String CONSENT_TO_REPORT = "consentToReport";
        public static final String CONSENT_TO_SERVICES_ANSWER = "consentToServicesAnswer";
        public static final String CONSENT_TO_REPORT_ANSWER = "consentToReportAnswer";
        public static final String CONSENT_METHOD = "consentMethod";
        public static final String CONSENT_WORDING_READ = "consentWordingRead";
        public static final String REPORTING_ACTION = "reportingAction";
        public static final String REPORT_PENDING = "reportPending";
        public static final String REPORT_AGENCY = "reportAgency";
        public static final String REPORT_CHANNEL = "reportChannel";
        public static final String REPORT_CONTACT = "reportContact";
        public static final String REPORT_REFERENCE = "reportReference";
        public static final String AGENCY_RESPONSE_NOTE = "agencyResponseNote";
        public static final String PROTOCOL_IN_PLACE = "protocolInPlace";
        public static final String PROTOCOL_STALE = "protocolStale";
        public static final String EMERGENCY_REPORT_DECISION = "emergencyReportDecision";
        public static final String EMERGENCY_REVIEW_OUTCOME = "emergencyReviewOutcome";
        public static final String NO_PROTOCOL_DECISION = "noProtocolDecision";
        /** Set when "Record consent" is completed; the reporting duties that need consent wait for it. */
        public static final String CONSENT_RECORDED = "consentRecorded";
        /** One flag per reporting duty that opens at this step of "Meet every reporting duty". */
        public static final String DUTY_EMERGENCY = "dutyEmergency";
        public static final String DUTY_CHILD_PROTECTION = "dutyChildProtection";
        public static final String DUTY_DISCRETIONARY_CHILD_PROTECTION = "dutyDiscretionaryChildProtection";
        public static final String DUTY_NO_PROTOCOL = "dutyNoProtocol";
        public static final String DUTY_INTERNATIONAL_LIAISON = "dutyInternationalLiaison";
        public static final String DUTY_INSUFFICIENT_DETAIL = "dutyInsufficientDetail";
        public static final String DUTY_REPORT_WITH_CONSENT = "dutyReportWithConsent";
        /** Set by the supervisor who decided to make a discretionary report. */
        public static final String REPORT_APPROVED_BY = "reportApprovedBy";
        public static final String LEGAL_GROUND = "legalGround";
        public static final String DISCRETIONARY_REPORT_DECISION = "discretionaryReportDecision";
        public static final String PROPOSED_SERVICES = "proposedServices";
        public static final String SELECTED_SERVICE_IDS = "selectedServiceIds";
        public static final String REFERRALS_SENT = "referralsSent";
        public static final String REFERRALS_PENDING = "referralsPending";
        public static final String REFERRALS_ACCEPTED = "referralsAccepted";
        public static final String REFERRAL_ANSWER = "referralAnswer";
        public static final String COORDINATION_OVERRIDE_NOTE = "coordinationOverrideNote";
        public static final String FOLLOW_UP_OUTCOME = "followUpOutcome";
        public static final String UNREACHABLE_ATTEMPTS = "unreachableAttempts";
        public static final String CLOSURE_REASON = "closureReason";
        public static final String CLOSURE_DECISION = "closureDecision";
        /** Local to a "New contact received" sub-process: the group that reviews that contact. */
        public static final String NEW_CONTACT_REVIEW_GROUP = "newContactReviewGroup";

        private Vars() {
        }
    }
}
