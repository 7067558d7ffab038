package org.hotline.consent;

import static org.hotline.lifecycle.CaseLifecycle.Vars.CONSENT_TO_REPORT;
import static org.hotline.lifecycle.CaseLifecycle.Vars.CONSENT_TO_SERVICES;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.hotline.casefile.CaseAccess;
import org.hotline.casefile.CaseFileSection;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.CaseStatus;
import org.hotline.casefile.HotlineCase;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The consent ledger: every answer a caller gave, per purpose, with the wording read and who recorded it. */
@Service
@Transactional
public class ConsentService implements CaseFileSection {

    private final ConsentRepository ledger;
    private final CaseFileService cases;
    private final RuntimeService runtime;
    private final CaseAccess access;
    private final Clock clock;

    ConsentService(ConsentRepository ledger, CaseFileService cases, CaseAccess access, RuntimeService runtime,
                   Clock clock) {
        this.ledger = ledger;
        this.cases = cases;
        this.access = access;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Records a consent (granted or refused) on an open case and tells the running lifecycle. */
    public ConsentView record(String caseNumber, ConsentRequest request) {
        HotlineCase hotlineCase = cases.get(caseNumber);
        access.check(hotlineCase);
        requireOpen(hotlineCase);
        Consent consent = append(hotlineCase.getId(), request.purpose(), request.recipient(), request.granted(),
                request.method(), request.wording());
        String variable = variableFor(request.purpose());
        if (variable != null && hotlineCase.getProcessInstanceId() != null) {
            runtime.setVariable(hotlineCase.getProcessInstanceId(), variable, activeConsent(hotlineCase.getId(), request.purpose()));
        }
        return view(consent);
    }

    /** The answers of the "Record consent" form: one ledger entry per purpose asked. */
    public ConsentAnswers recordAnswers(Long caseId, String servicesAnswer, String reportAnswer, ConsentMethod method,
                                        String wording) {
        boolean services = "GRANTED".equals(servicesAnswer);
        append(caseId, ConsentPurpose.REFER_TO_SERVICES, null, services, method, wording);
        boolean report = "GRANTED".equals(reportAnswer);
        if (!"NOT_ASKED".equals(reportAnswer)) {
            append(caseId, ConsentPurpose.REPORT_TO_LAW_ENFORCEMENT, null, report, method, wording);
        } else {
            cases.record(caseId, "CONSENT_NOT_ASKED", "Consent to report to law enforcement was not asked");
        }
        return new ConsentAnswers(services, report);
    }

    /** Withdraws a consent: the entry stays, marked; the lifecycle cancels what relied on it. */
    public ConsentView withdraw(String caseNumber, Long consentId) {
        HotlineCase hotlineCase = cases.get(caseNumber);
        access.check(hotlineCase);
        Consent consent = ledger.findById(consentId)
                .filter(c -> c.caseId.equals(hotlineCase.getId()))
                .orElseThrow(() -> ApiProblem.notFound("No consent " + consentId + " on case " + caseNumber));
        if (!consent.granted) {
            throw ApiProblem.conflict("Consent " + consentId + " was refused, not granted: there is nothing to withdraw");
        }
        if (consent.withdrawnAt != null) {
            throw ApiProblem.conflict("Consent " + consentId + " was already withdrawn at " + consent.withdrawnAt);
        }
        consent.withdrawnAt = clock.instant();
        consent.withdrawnBy = CurrentUser.id();
        cases.record(hotlineCase.getId(), "CONSENT_WITHDRAWN", "Consent " + consent.purpose + " withdrawn");
        cases.participate(hotlineCase.getId(), CurrentUser.id());
        if (hotlineCase.getStatus() == CaseStatus.OPEN && hotlineCase.getProcessInstanceId() != null) {
            var correlation = runtime.createMessageCorrelation(CaseLifecycle.MESSAGE_CONSENT_WITHDRAWN)
                    .processInstanceId(hotlineCase.getProcessInstanceId())
                    .setVariable("withdrawnPurpose", consent.purpose.name());
            String variable = variableFor(consent.purpose);
            if (variable != null) {
                correlation.setVariable(variable, activeConsent(hotlineCase.getId(), consent.purpose));
            }
            correlation.correlateAll();
        }
        return view(consent);
    }

    public boolean activeConsent(Long caseId, ConsentPurpose purpose) {
        // The latest answer for the purpose counts; a withdrawn grant counts as a refusal.
        return ledger.findByCaseIdOrderByRecordedAtAscIdAsc(caseId).stream()
                .filter(c -> c.purpose == purpose)
                .reduce((first, second) -> second)
                .map(Consent::isActive)
                .orElse(false);
    }

    private Consent append(Long caseId, ConsentPurpose purpose, String recipient, boolean granted, ConsentMethod method,
                           String wording) {
        Consent consent = new Consent();
        consent.caseId = caseId;
        consent.purpose = purpose;
        consent.recipient = recipient;
        consent.granted = granted;
        consent.method = method;
        consent.wording = wording;
        consent.recordedBy = CurrentUser.id();
        consent.recordedAt = clock.instant();
        Consent saved = ledger.save(consent);
        cases.record(caseId, granted ? "CONSENT_GRANTED" : "CONSENT_REFUSED",
                "Consent " + purpose + (recipient == null ? "" : " to a named recipient") + (granted ? " granted" : " refused")
                        + " (" + method + ")");
        cases.participate(caseId, CurrentUser.id());
        return saved;
    }

    private static void requireOpen(HotlineCase hotlineCase) {
        if (hotlineCase.getStatus() != CaseStatus.OPEN) {
            throw ApiProblem.conflict("Case " + hotlineCase.getCaseNumber() + " is closed");
        }
    }

    private static String variableFor(ConsentPurpose purpose) {
        return switch (purpose) {
            case REPORT_TO_LAW_ENFORCEMENT -> CONSENT_TO_REPORT;
            case REFER_TO_SERVICES -> CONSENT_TO_SERVICES;
            case SHARE_WITH_AGENCY -> null;
        };
    }

    private static ConsentView view(Consent c) {
        return new ConsentView(c.id, c.purpose, c.recipient, c.granted, c.method, c.wording, c.recordedBy, c.recordedAt,
                c.withdrawnAt, c.withdrawnBy, c.isActive());
    }

    @Override
    public String name() {
        return "consents";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional(readOnly = true)
    public Object read(HotlineCase hotlineCase) {
        return ledger.findByCaseIdOrderByRecordedAtAscIdAsc(hotlineCase.getId()).stream().map(ConsentService::view).toList();
    }

    public record ConsentAnswers(boolean services, boolean report) {
    }

    public record ConsentView(Long id, ConsentPurpose purpose, String recipient, boolean granted, ConsentMethod method,
                              String wording, String recordedBy, Instant recordedAt, Instant withdrawnAt,
                              String withdrawnBy, boolean active) {
    }

    static List<ConsentPurpose> purposes() {
        return List.of(ConsentPurpose.values());
    }
}
