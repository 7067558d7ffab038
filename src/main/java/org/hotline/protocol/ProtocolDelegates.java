package org.hotline.protocol;

import static org.hotline.lifecycle.CaseLifecycle.Vars.PROTOCOL_IN_PLACE;
import static org.hotline.lifecycle.CaseLifecycle.Vars.PROTOCOL_STALE;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.HotlineCase;
import org.hotline.lifecycle.CaseVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ProtocolDelegates {

    /**
     * At intake: records on the case which protocol version answered (outside Canada, the national one) and whether a
     * protocol is in place, which the reporting decision reads.
     */
    @Bean
    JavaDelegate lookUpProtocol(ProtocolService protocols, CaseFileService cases) {
        return execution -> {
            Long caseId = CaseVariables.caseId(execution);
            HotlineCase hotlineCase = cases.require(caseId);
            ProtocolService.ProtocolMatch match = protocols.lookup(
                    hotlineCase.getProvince() == null ? null : hotlineCase.getProvince().name(),
                    hotlineCase.getMunicipality()).orElseThrow(() -> new IllegalStateException(
                    "No referral-and-reporting protocol, not even the national fallback"));
            cases.recordProtocol(caseId, match.protocolId(), match.version(), match.matchedLevel());
            cases.record(caseId, "PROTOCOL_FOUND", "Protocol " + match.matchedLevel() + " version " + match.version()
                    + ", lead agency " + match.leadAgency() + (match.inPlace() ? "" : " (no partnership in place)")
                    + (match.stale() ? " (past its review date " + match.reviewDue() + ")" : ""));
            execution.setVariable(PROTOCOL_IN_PLACE, match.inPlace());
            execution.setVariable(PROTOCOL_STALE, match.stale());
        };
    }
}
