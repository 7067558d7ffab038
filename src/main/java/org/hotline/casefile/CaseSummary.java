package org.hotline.casefile;

import java.time.Instant;

/** A line of the case list. */
public record CaseSummary(String caseNumber, CaseStatus status, String riskLevel, String reportingAction,
                          Province province, String country, String municipality, Instant openedAt, Instant closedAt) {

    static CaseSummary of(HotlineCase c) {
        return new CaseSummary(c.getCaseNumber(), c.getStatus(), c.getRiskLevel(), c.getReportingAction(),
                c.getProvince(), c.getCountry(), c.getMunicipality(), c.getOpenedAt(), c.getClosedAt());
    }
}
