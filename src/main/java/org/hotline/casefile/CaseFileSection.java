package org.hotline.casefile;

/**
 * A part of the case file that another feature owns (consents, referrals, reports, follow-ups, active tasks).
 * Each feature contributes its section, so the case file reads them without knowing their tables.
 */
public interface CaseFileSection {

    /** The property name in the case file, e.g. {@code consents}. */
    String name();

    /** Display order among sections. */
    default int order() {
        return 100;
    }

    Object read(HotlineCase hotlineCase);
}
