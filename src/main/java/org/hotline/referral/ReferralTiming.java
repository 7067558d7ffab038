package org.hotline.referral;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long a sent referral may go unanswered before "Chase referral" ({@code ${referralTiming.chaseAfter}}). */
@Component("referralTiming")
public class ReferralTiming {

    private final String chaseAfter;

    ReferralTiming(@Value("${hotline.referral.chase-after:P2D}") String chaseAfter) {
        this.chaseAfter = chaseAfter;
    }

    public String getChaseAfter() {
        return chaseAfter;
    }
}
