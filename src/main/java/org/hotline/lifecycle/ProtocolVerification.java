package org.hotline.lifecycle;

/** Ids and variable names of {@code processes/protocol-review.bpmn} and {@code processes/protocol-verification.bpmn}. */
public final class ProtocolVerification {

    public static final String REVIEW_PROCESS_KEY = "ProtocolReviewProcess";
    public static final String PROCESS_KEY = "ProtocolVerificationProcess";

    public static final String TASK_VERIFY_PROTOCOL_CONTACTS = "Task_VerifyProtocolContacts";
    public static final String TASK_UPDATE_PROTOCOL = "Task_UpdateProtocol";

    private ProtocolVerification() {
    }

    /** Process variables of a verification: which protocol, whose work, and the version it started from. */
    public static final class Vars {
        public static final String PROTOCOL_ID = "protocolId";
        public static final String OWNER_GROUP = "ownerGroup";
        public static final String VERSION_AT_REVIEW = "versionAtReview";
        public static final String JURISDICTION = "protocolJurisdiction";
        public static final String VERIFICATION_OUTCOME = "verificationOutcome";

        private Vars() {
        }
    }
}
