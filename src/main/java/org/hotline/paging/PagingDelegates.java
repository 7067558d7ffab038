package org.hotline.paging;

import static org.hotline.lifecycle.CaseLifecycle.Vars.CASE_NUMBER;
import static org.hotline.lifecycle.CaseLifecycle.Vars.RISK_LEVEL;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.hotline.casefile.CaseFileService;
import org.hotline.lifecycle.CaseVariables;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Page on-call supervisor": an asynchronous step, so a gateway that is down never holds up the case. It fails
 * while the gateway refuses the page, is tried again on the retry cycle, and becomes an incident after the last try.
 */
@Configuration(proxyBeanMethods = false)
class PagingDelegates {

    @Bean
    JavaDelegate pageOnCallSupervisor(OnCallPager pager, CaseFileService cases) {
        return execution -> {
            if (!pager.configured()) {
                return;
            }
            String caseNumber = (String) execution.getVariable(CASE_NUMBER);
            // The same on every try of this step: the execution waiting in it does not change.
            String pageId = caseNumber + "/" + execution.getId();
            pager.send(new OnCallPager.Page(pageId, caseNumber, (String) execution.getVariable(RISK_LEVEL),
                    "URGENT_REVIEW"));
            cases.record(CaseVariables.caseId(execution), "SUPERVISOR_PAGED", "On-call supervisor paged");
        };
    }
}
