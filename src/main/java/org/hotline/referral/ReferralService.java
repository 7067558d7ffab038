package org.hotline.referral;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.hotline.casefile.CaseAccess;
import org.hotline.casefile.CaseFileSection;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.HotlineCase;
import org.hotline.directory.DirectoryService;
import org.hotline.directory.DirectoryService.ServiceMatch;
import org.hotline.directory.Need;
import org.hotline.directory.Population;
import org.hotline.platform.ApiProblem;
import org.hotline.protocol.JurisdictionZones;
import org.hotline.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Referrals to services, closed loop: proposed, sent with consent, tracked to the service's answer. */
@Service
@Transactional
public class ReferralService implements CaseFileSection {

    static final int PROPOSALS = 8;

    private final ReferralRepository referrals;
    private final DirectoryService directory;
    private final CaseFileService cases;
    private final RuntimeService runtime;
    private final CaseAccess access;
    private final Clock clock;

    ReferralService(ReferralRepository referrals, DirectoryService directory, CaseFileService cases, CaseAccess access,
                    RuntimeService runtime, Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.directory = directory;
        this.cases = cases;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** Proposes the best-ranked services for the case; earlier proposals that were not chosen are set aside. */
    public List<Proposal> propose(Long caseId, boolean minor) {
        HotlineCase hotlineCase = cases.require(caseId);
        Instant now = clock.instant();
        List<Referral> existing = referrals.findByCaseIdOrderByIdAsc(caseId);
        existing.stream().filter(r -> r.status == ReferralStatus.PROPOSED).forEach(r -> {
            r.status = ReferralStatus.NOT_SELECTED;
            r.updatedAt = now;
        });
        Set<Need> needs = hotlineCase.getNeeds().stream().map(Need::valueOf).collect(java.util.stream.Collectors.toSet());
        String province = hotlineCase.getProvince() == null ? null : hotlineCase.getProvince().name();
        List<ServiceMatch> matches = directory.match(new DirectoryService.MatchCriteria(province,
                hotlineCase.getMunicipality(), needs, hotlineCase.getLanguage(), minor ? Set.of(Population.MINOR) : Set.of(),
                hotlineCase.isImminentDanger()), PROPOSALS);
        Map<UUID, DirectoryService.ServiceDetails> details = directory.details(
                matches.stream().map(ServiceMatch::serviceId).toList());
        List<Proposal> proposals = matches.stream().map(match -> {
            Referral referral = new Referral();
            referral.caseId = caseId;
            referral.serviceId = match.serviceId();
            referral.serviceName = match.name();
            referral.organizationName = match.organization();
            referral.score = match.score();
            referral.status = ReferralStatus.PROPOSED;
            referral.proposedAt = now;
            referral.updatedAt = now;
            referrals.save(referral);
            ServiceOption option = ServiceOption.of(match.serviceId(), match.name(), match.organization(),
                    details.get(match.serviceId()), JurisdictionZones.of(province), now);
            return new Proposal(match.serviceId(), match.name(), match.organization(), match.score(), match.why(),
                    option.label());
        }).toList();
        cases.record(caseId, "SERVICES_PROPOSED", proposals.size() + " services proposed from the directory");
        return proposals;
    }

    /**
     * The services proposed to the case and not yet sent or set aside, with what the advocate needs on the call and
     * whether each is open now in its time zone (the jurisdiction's when the listing names none).
     */
    @Transactional(readOnly = true)
    public List<ServiceOption> proposedServices(HotlineCase hotlineCase) {
        List<Referral> proposed = referrals.findByCaseIdOrderByIdAsc(hotlineCase.getId()).stream()
                .filter(r -> r.status == ReferralStatus.PROPOSED).toList();
        Map<UUID, DirectoryService.ServiceDetails> details = directory.details(proposed.stream().map(r -> r.serviceId).toList());
        ZoneId zone = JurisdictionZones.of(hotlineCase.getProvince() == null ? null : hotlineCase.getProvince().name());
        Instant now = clock.instant();
        return proposed.stream().map(r -> ServiceOption.of(r.serviceId, r.serviceName, r.organizationName,
                details.get(r.serviceId), zone, now)).toList();
    }

    /** Sends the chosen referrals; returns how many were sent. */
    public int send(Long caseId, List<String> serviceIds) {
        Instant now = clock.instant();
        Set<UUID> chosen = serviceIds.stream().map(UUID::fromString).collect(java.util.stream.Collectors.toSet());
        int sent = 0;
        for (Referral referral : referrals.findByCaseIdOrderByIdAsc(caseId)) {
            if (referral.status != ReferralStatus.PROPOSED) {
                continue;
            }
            if (chosen.contains(referral.serviceId)) {
                referral.status = ReferralStatus.SENT;
                referral.sentAt = now;
                referral.sentBy = CurrentUser.id();
                sent++;
                cases.record(caseId, "REFERRAL_SENT", "Referral sent to " + referral.serviceName + " ("
                        + referral.organizationName + ")");
            } else {
                referral.status = ReferralStatus.NOT_SELECTED;
            }
            referral.updatedAt = now;
        }
        if (sent == 0) {
            cases.record(caseId, "NO_REFERRAL_SENT", "No proposed service was chosen");
        }
        return sent;
    }

    /**
     * A service's answer to a referral: SENT → ACKNOWLEDGED → ACCEPTED or DECLINED → SERVICE_STARTED. Returns where
     * the case's referrals stand, for the lifecycle to decide what comes next.
     */
    public ReferralStanding answer(String caseNumber, Long referralId, ReferralStatus status) {
        HotlineCase hotlineCase = cases.get(caseNumber);
        access.check(hotlineCase);
        ReferralStanding standing = updateStatus(hotlineCase.getId(), referralId, status);
        if (hotlineCase.getProcessInstanceId() != null) {
            // Moves a case waiting for the services' answers on; elsewhere in the lifecycle nothing waits for it.
            runtime.createMessageCorrelation(CaseLifecycle.MESSAGE_REFERRAL_STATUS_CHANGED)
                    .processInstanceId(hotlineCase.getProcessInstanceId())
                    .setVariable(CaseLifecycle.Vars.REFERRALS_PENDING, standing.pending())
                    .setVariable(CaseLifecycle.Vars.REFERRALS_ACCEPTED, standing.accepted())
                    .correlateAll();
        }
        return standing;
    }

    private ReferralStanding updateStatus(Long caseId, Long referralId, ReferralStatus status) {
        Referral referral = referrals.findById(referralId).filter(r -> r.caseId.equals(caseId))
                .orElseThrow(() -> ApiProblem.notFound("No referral " + referralId + " on this case"));
        if (!referral.status.canMoveTo(status)) {
            throw ApiProblem.conflict("Referral " + referralId + " is " + referral.status + " and cannot become " + status
                    + "; allowed: " + referral.status.next());
        }
        move(referral, status);
        return standing(caseId);
    }

    /** The referrals still waiting for a service's answer: what "Chase referral" offers to chase. */
    @Transactional(readOnly = true)
    public List<Proposal> awaitingAnswer(Long caseId) {
        return referrals.findByCaseIdOrderByIdAsc(caseId).stream().filter(r -> r.status.awaitsOutcome())
                .map(r -> new Proposal(r.serviceId, r.serviceName + " (" + r.status + ", referral " + r.id + ")",
                        r.organizationName, r.score, String.valueOf(r.id), null))
                .toList();
    }

    /** What the advocate heard when chasing one referral. */
    public ReferralStanding recordChase(Long caseId, Long referralId, String answer) {
        if ("NO_ANSWER".equals(answer)) {
            cases.record(caseId, "REFERRAL_CHASED", "Referral " + referralId + " chased; no answer yet");
            return standing(caseId);
        }
        return updateStatus(caseId, referralId, ReferralStatus.valueOf(answer));
    }

    /** Whether answers are still awaited, and whether any service took the client. */
    @Transactional(readOnly = true)
    public ReferralStanding standing(Long caseId) {
        List<Referral> all = referrals.findByCaseIdOrderByIdAsc(caseId);
        boolean pending = all.stream().anyMatch(r -> r.status == ReferralStatus.SENT || r.status == ReferralStatus.ACKNOWLEDGED);
        boolean accepted = all.stream().anyMatch(r -> r.status == ReferralStatus.ACCEPTED
                || r.status == ReferralStatus.SERVICE_STARTED);
        return new ReferralStanding(pending, accepted);
    }

    private void move(Referral referral, ReferralStatus status) {
        ReferralStatus before = referral.status;
        referral.status = status;
        referral.updatedAt = clock.instant();
        cases.record(referral.caseId, "REFERRAL_" + status, "Referral to " + referral.serviceName + ": " + before + " → "
                + status);
        cases.participate(referral.caseId, CurrentUser.id());
    }

    /** Consent to services was withdrawn: proposals not yet sent are withdrawn; sent ones stay on record. */
    public int withdrawUnsent(Long caseId) {
        Instant now = clock.instant();
        int withdrawn = 0;
        for (Referral referral : referrals.findByCaseIdOrderByIdAsc(caseId)) {
            if (referral.status == ReferralStatus.PROPOSED) {
                referral.status = ReferralStatus.WITHDRAWN;
                referral.updatedAt = now;
                withdrawn++;
            }
        }
        if (withdrawn > 0) {
            cases.record(caseId, "REFERRALS_WITHDRAWN", withdrawn + " unsent referrals withdrawn after consent was withdrawn");
        }
        return withdrawn;
    }

    @Override
    public String name() {
        return "referrals";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public Object read(HotlineCase hotlineCase) {
        return referrals.findByCaseIdOrderByIdAsc(hotlineCase.getId()).stream()
                .map(r -> new ReferralView(r.id, r.serviceId, r.serviceName, r.organizationName, r.score, r.status,
                        r.proposedAt, r.sentAt, r.sentBy, r.updatedAt))
                .toList();
    }

    public record ReferralStanding(boolean pending, boolean accepted) {
    }

    /** {@code label}: what the "Send referrals" form shows for the service (phone, hours, languages, who it serves). */
    public record Proposal(UUID serviceId, String name, String organization, int score, String why, String label) {
    }

    record ReferralView(Long id, UUID serviceId, String serviceName, String organization, int score,
                        ReferralStatus status, Instant proposedAt, Instant sentAt, String sentBy, Instant updatedAt) {
    }
}
