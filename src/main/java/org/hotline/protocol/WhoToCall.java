package org.hotline.protocol;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Who an advocate calls for a case, now: the number to call with why, the escalation contact, the child-protection
 * intake line when a minor is involved, the crisis providers, and every contact of the protocol with whether it is
 * open at this moment in its time zone.
 *
 * @param localTime      the time now in the jurisdiction
 * @param minorInvolved  the case's minor status says a minor is involved
 * @param childProtection only when a minor is involved; a municipal protocol without one takes its province's
 */
public record WhoToCall(CallJurisdiction jurisdiction, OffsetDateTime localTime, CallProtocol protocol, CallNow callNow,
                        ContactToCall escalation, boolean minorInvolved, ContactToCall childProtection,
                        List<ContactToCall> contacts, List<CrisisProviderToCall> crisisProviders) {

    /** The province or territory (null: the national protocol) and the time zone its hours are read in. */
    public record CallJurisdiction(String province, String timeZone) {
    }

    public record CallProtocol(UUID protocolId, String level, int version, String leadAgency, String reportingChannel,
                           boolean inPlace, boolean stale, LocalDate reviewDue) {
    }

    /**
     * The number to call now. {@code reason}: {@code PRIMARY_OPEN}; {@code PRIMARY_CLOSED_AFTER_HOURS_OPEN};
     * {@code PRIMARY_HOURS_UNKNOWN} (the primary contact gives no hours and no after-hours line is open);
     * {@code NONE_OPEN} (nobody is open: the after-hours line, else the primary contact, is still given).
     * {@code primaryAvailability} is the primary contact's hours, to say why it is not the one.
     */
    public record CallNow(String reason, boolean open, ContactToCall contact, String primaryAvailability) {
    }

    /** {@code openNow} is null when the contact gives no hours. */
    public record ContactToCall(int order, String role, String agency, String unit, String name, String phone, String email,
                          String availability, String timeZone, Boolean openNow) {
    }

    public record CrisisProviderToCall(int order, String name, String phone, String availability, String timeZone,
                                 Boolean openNow) {
    }
}
