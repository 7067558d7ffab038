package org.hotline.referral;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hotline.casefile.CaseFileSection;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.HotlineCase;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reports to law enforcement and child protection, coordinated through the jurisdiction's lead agency. */
@Service
@Transactional
public class ReportService implements CaseFileSection {

    private final ReportRepository reports;
    private final CaseFileService cases;
    private final Clock clock;

    ReportService(ReportRepository reports, CaseFileService cases, Clock clock) {
        this.reports = reports;
        this.cases = cases;
        this.clock = clock;
    }

    /** A report task now exists: the report is pending until it is made or cancelled. */
    public void preparePending(Long caseId, String taskId, String action, boolean consentBased, String legalGround,
                               String approvedBy, String agency) {
        Report report = new Report();
        report.caseId = caseId;
        report.taskId = taskId;
        report.action = action;
        report.status = ReportStatus.PENDING;
        report.consentBased = consentBased;
        report.legalGround = legalGround;
        report.approvedBy = approvedBy;
        report.agency = agency;
        report.createdAt = clock.instant();
        reports.save(report);
        cases.record(caseId, "REPORT_PENDING", "Report pending (" + action + ") to " + agency);
    }

    /**
     * The advocate made the report, to the agency and contact recorded. A report to another agency than the one
     * holding an active report on the case needs a reason, shown on the case: no uncoordinated interventions.
     */
    public void record(Long caseId, String taskId, MadeReport made) {
        Report report = reports.findByCaseIdOrderByIdAsc(caseId).stream()
                .filter(r -> r.status == ReportStatus.PENDING && taskId.equals(r.taskId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No pending report for this task"));
        // Child protection and the police are separate lines, each reported to as the law says: coordination is
        // asked only between reports of the same line.
        Optional<Report> active = reports.findByCaseIdOrderByIdAsc(caseId).stream()
                .filter(r -> r.status == ReportStatus.SENT && r.agency != null && !r.agency.equalsIgnoreCase(made.agency()))
                .filter(r -> childProtection(r.action) == childProtection(report.action))
                .findFirst();
        if (active.isPresent() && (made.overrideReason() == null || made.overrideReason().isBlank())) {
            throw ApiProblem.invalid("coordinationOverrideNote", "an active report is held by " + active.get().agency
                    + "; report through it, or give the reason for reporting to " + made.agency());
        }
        report.status = ReportStatus.SENT;
        report.agency = made.agency();
        report.channel = made.channel();
        report.contact = made.contact();
        report.reference = made.reference();
        report.responseNote = made.responseNote();
        report.overrideReason = active.isPresent() ? made.overrideReason() : null;
        report.reportedAt = clock.instant();
        report.reportedBy = CurrentUser.id();
        if (active.isPresent()) {
            cases.note(caseId, "REPORT_COORDINATION_OVERRIDE", "Reported to " + made.agency() + " although "
                    + active.get().agency + " holds an active report", made.overrideReason());
        }
        // The contact person and the agency's reference stay in the (encrypted) report, not on the timeline.
        cases.record(caseId, "REPORT_MADE", "Report made to " + made.agency() + " by " + made.channel()
                + (made.reference() == null ? "" : ", with the agency's reference"));
    }

    private static boolean childProtection(String action) {
        return action != null && action.endsWith("CHILD_PROTECTION");
    }

    /** Consent to report was withdrawn: the pending reports that relied on it are cancelled, the others stand. */
    public void cancelConsentBased(Long caseId, String reason) {
        reports.findByCaseIdOrderByIdAsc(caseId).stream()
                .filter(r -> r.status == ReportStatus.PENDING && r.consentBased)
                .forEach(report -> {
                    report.status = ReportStatus.CANCELLED;
                    report.closedReason = reason;
                    cases.record(caseId, "REPORT_CANCELLED", "Pending report to " + report.agency + " cancelled: " + reason);
                });
    }

    /** A report the table suggested was decided against (emergency not approved, discretionary not reported). */
    public void recordNotMade(Long caseId, String action, String reason) {
        Report report = new Report();
        report.caseId = caseId;
        report.action = action;
        report.status = ReportStatus.NOT_MADE;
        report.consentBased = false;
        report.createdAt = clock.instant();
        report.approvedBy = CurrentUser.id();
        report.closedReason = reason;
        reports.save(report);
        cases.record(caseId, "REPORT_NOT_MADE", reason);
    }

    /**
     * A supervisor reviewed, after the fact, the emergency report made on the case: four eyes on every report made
     * without consent, without the report waiting for them.
     */
    public void review(Long caseId, String action, String outcome) {
        Report report = reports.findByCaseIdOrderByIdAsc(caseId).stream()
                .filter(r -> action.equals(r.action) && r.reviewOutcome == null
                        && (r.status == ReportStatus.SENT || r.status == ReportStatus.PENDING))
                .reduce((first, second) -> second)
                .orElseThrow(() -> ApiProblem.conflict("No " + action + " report to review on this case"));
        report.reviewOutcome = outcome;
        report.reviewedBy = CurrentUser.id();
        report.reviewedAt = clock.instant();
        cases.record(caseId, "REPORT_REVIEWED", "Emergency report to " + report.agency + " reviewed by a supervisor: "
                + outcome);
    }

    /** Too little detail to act on: no report, but the contact is kept as a signal. */
    public void recordSignal(Long caseId) {
        Report report = new Report();
        report.caseId = caseId;
        report.action = "NO_REPORT_INSUFFICIENT_DETAIL";
        report.status = ReportStatus.SIGNAL;
        report.consentBased = false;
        report.createdAt = clock.instant();
        report.closedReason = "Detail insufficient to act on; kept as a signal";
        reports.save(report);
        cases.record(caseId, "REPORTING_SIGNAL", "Detail insufficient to report; kept as a signal");
    }

    /** Whether a report is still to be made: a case does not close over it. */
    @Transactional(readOnly = true)
    public boolean hasPending(Long caseId) {
        return reports.findByCaseIdOrderByIdAsc(caseId).stream().anyMatch(r -> r.status == ReportStatus.PENDING);
    }

    @Override
    public String name() {
        return "reports";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    @Transactional(readOnly = true)
    public Object read(HotlineCase hotlineCase) {
        return reports.findByCaseIdOrderByIdAsc(hotlineCase.getId()).stream()
                .map(r -> new ReportView(r.id, r.action, r.status, r.consentBased, r.legalGround, r.approvedBy, r.agency,
                        r.channel, r.contact, r.reference, r.responseNote, r.overrideReason, r.createdAt, r.reportedAt,
                        r.reportedBy, r.closedReason, r.reviewOutcome, r.reviewedBy, r.reviewedAt))
                .toList();
    }

    public record MadeReport(String agency, String channel, String contact, String reference, String responseNote,
                             String overrideReason) {
    }

    record ReportView(Long id, String action, ReportStatus status, boolean consentBased, String legalGround,
                      String approvedBy, String agency, String channel, String contact, String reference,
                      String responseNote, String overrideReason, Instant createdAt, Instant reportedAt, String reportedBy,
                      String closedReason, String reviewOutcome, String reviewedBy, Instant reviewedAt) {
    }

}
