package org.hotline.protocol;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hotline.casefile.CaseFileSection;
import org.hotline.casefile.HotlineCase;
import org.hotline.protocol.ProtocolDocument.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Who to call now" for a case, from the protocol the case recorded (or, before it has one, the protocol of its
 * jurisdiction) and the engine's clock: the primary contact while it is open in its time zone, else the after-hours
 * line. Part of the case file, so it is read only by whoever may read the case.
 */
@Service
@Transactional(readOnly = true)
public class WhoToCallService implements CaseFileSection {

    private final ProtocolService protocols;
    private final Clock clock;

    WhoToCallService(ProtocolService protocols, Clock clock) {
        this.protocols = protocols;
        this.clock = clock;
    }

    public Optional<WhoToCall> forCase(HotlineCase hotlineCase) {
        String province = hotlineCase.getProvince() == null ? null : hotlineCase.getProvince().name();
        Optional<ProtocolService.ProtocolMatch> recorded = hotlineCase.getProtocolId() == null ? Optional.empty()
                : protocols.byId(hotlineCase.getProtocolId());
        Optional<ProtocolService.ProtocolMatch> found = recorded.isPresent() ? recorded
                : protocols.lookup(province, hotlineCase.getMunicipality());
        boolean minor = hotlineCase.getMinorStatus() != null && hotlineCase.getMinorStatus().startsWith("MINOR");
        return found.map(match -> build(match, province, hotlineCase.getMunicipality(), minor));
    }

    private WhoToCall build(ProtocolService.ProtocolMatch match, String caseProvince, String municipality, boolean minor) {
        Instant now = clock.instant();
        // Hours that name no zone are the protocol's jurisdiction's (the national protocol's: Eastern time); the
        // local time shown is the case's jurisdiction's.
        ZoneId zone = JurisdictionZones.of(match.province());
        ZoneId caseZone = JurisdictionZones.of(caseProvince);
        List<WhoToCall.ContactToCall> contacts = match.contacts().stream().map(c -> contact(c, zone, now)).toList();
        Optional<WhoToCall.ContactToCall> primary = first(contacts, Role.PRIMARY);
        Optional<WhoToCall.ContactToCall> afterHours = first(contacts, Role.AFTER_HOURS);
        WhoToCall.CallNow callNow = callNow(primary, afterHours);
        WhoToCall.ContactToCall childProtection = null;
        if (minor) {
            // The protocol's own intake line, else the case's province's (a city's protocol, or the national one a
            // supervisor chose where none is in place); none outside Canada.
            childProtection = first(contacts, Role.CHILD_PROTECTION)
                    .or(() -> protocols.childProtectionIntake(caseProvince, municipality)
                            .map(c -> contact(c, JurisdictionZones.of(caseProvince), now)))
                    .orElse(null);
        }
        List<WhoToCall.CrisisProviderToCall> providers = match.crisisProviders().stream().map(p -> {
            Optional<OpeningHours> hours = OpeningHours.tryParse(p.availability());
            return new WhoToCall.CrisisProviderToCall(p.order(), p.name(), p.phone(), p.availability(),
                    hours.map(h -> h.zoneAt(now, zone)).orElse(zone).getId(),
                    hours.map(h -> h.isOpenAt(now, zone)).orElse(null));
        }).toList();
        return new WhoToCall(new WhoToCall.CallJurisdiction(caseProvince, caseZone.getId()),
                now.atZone(caseZone).toOffsetDateTime(),
                new WhoToCall.CallProtocol(match.protocolId(), match.matchedLevel(), match.version(), match.leadAgency(),
                        match.reportingChannel(), match.inPlace(), match.stale(), match.reviewDue()),
                callNow, first(contacts, Role.ESCALATION).orElse(null), minor, childProtection, contacts, providers);
    }

    private static WhoToCall.CallNow callNow(Optional<WhoToCall.ContactToCall> primary, Optional<WhoToCall.ContactToCall> afterHours) {
        String primaryHours = primary.map(WhoToCall.ContactToCall::availability).orElse(null);
        if (primary.isPresent() && Boolean.TRUE.equals(primary.get().openNow())) {
            return new WhoToCall.CallNow("PRIMARY_OPEN", true, primary.get(), primaryHours);
        }
        if (afterHours.isPresent() && Boolean.TRUE.equals(afterHours.get().openNow())) {
            return new WhoToCall.CallNow("PRIMARY_CLOSED_AFTER_HOURS_OPEN", true, afterHours.get(), primaryHours);
        }
        if (primary.isPresent() && primary.get().openNow() == null) {
            return new WhoToCall.CallNow("PRIMARY_HOURS_UNKNOWN", false, primary.get(), primaryHours);
        }
        // Nobody answers by their hours; a number still beats none, the line meant for off hours first.
        return new WhoToCall.CallNow("NONE_OPEN", false, afterHours.or(() -> primary).orElse(null), primaryHours);
    }

    /** A municipal protocol without a child-protection line takes its province's: intake is provincial. */
    private static WhoToCall.ContactToCall contact(ProtocolService.Contact c, ZoneId zone, Instant now) {
        Optional<OpeningHours> hours = OpeningHours.tryParse(c.availability());
        return new WhoToCall.ContactToCall(c.order(), c.role(), c.agency(), c.unit(), c.name(), c.phone(), c.email(),
                c.availability(), hours.map(h -> h.zoneAt(now, zone)).orElse(zone).getId(),
                hours.map(h -> h.isOpenAt(now, zone)).orElse(null));
    }

    private static Optional<WhoToCall.ContactToCall> first(List<WhoToCall.ContactToCall> contacts, Role role) {
        return contacts.stream().filter(c -> role.name().equals(c.role())).findFirst();
    }

    @Override
    public String name() {
        return "whoToCall";
    }

    /** Right after the active tasks: on a live call this is what the advocate looks for first. */
    @Override
    public int order() {
        return 5;
    }

    @Override
    public Object read(HotlineCase hotlineCase) {
        return forCase(hotlineCase).orElse(null);
    }
}
