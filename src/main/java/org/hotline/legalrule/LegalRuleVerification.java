package org.hotline.legalrule;

import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code legal-rule-verification.bpmn}: one task for designers per unverified row. Designers have no Tasklist; they
 * list the checks and answer them here. Answering records who confirmed what; the row stops being unverified only when
 * a table marking it verified is deployed.
 */
@RestController
@RequestMapping("/api/legal-rules/checks")
class LegalRuleVerification {

    static final String OUTCOME = "legalRuleOutcome";
    static final String TASK_KEY = "Task_VerifyLegalRule";
    private static final List<String> OUTCOMES = List.of("CONFIRMED", "NEEDS_CHANGE");

    private final LegalRules rules;

    LegalRuleVerification(LegalRules rules) {
        this.rules = rules;
    }

    @GetMapping
    List<LegalRules.Check> checks(@RequestParam(defaultValue = "true") boolean open) {
        return rules.checks(open);
    }

    /** A designer's answer: CONFIRMED (counsel confirmed the row as it is) or NEEDS_CHANGE, with an optional note. */
    @PostMapping("/{id}/verification")
    LegalRules.Check answer(@PathVariable long id, @RequestBody Answer answer) {
        if (answer == null || answer.outcome() == null || !OUTCOMES.contains(answer.outcome())) {
            throw ApiProblem.invalid("outcome", "must be one of " + OUTCOMES);
        }
        if (answer.note() != null && answer.note().length() > 4000) {
            throw ApiProblem.invalid("note", "must be at most 4000 characters");
        }
        return rules.answer(id, answer.outcome(), answer.note(), TASK_KEY, OUTCOME);
    }

    record Answer(String outcome, String note) {
    }

    @Configuration(proxyBeanMethods = false)
    static class Delegates {

        /**
         * Designers answer for the legal tables (administrators too); a supervisor's say-so is not counsel's. As for
         * every task (TaskCompletionGuard), no one logged in means the engine itself.
         */
        @Bean
        TaskListener legalRuleVerificationRecording(LegalRules rules) {
            return task -> {
                boolean person = org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication() != null;
                if (person && !CurrentUser.hasRole(org.hotline.security.Roles.DESIGNER)
                        && !CurrentUser.hasRole(org.hotline.security.Roles.ADMIN)) {
                    throw ApiProblem.forbidden("\"Verify legal rule\" is answered by designers");
                }
                Object checkId = task.getVariable(LegalRules.CHECK_ID);
                Object outcome = task.getVariable(OUTCOME);
                if (!(checkId instanceof Number number) || outcome == null || !OUTCOMES.contains(outcome.toString())) {
                    throw ApiProblem.invalid(OUTCOME, "must be one of " + OUTCOMES);
                }
                Object note = task.getVariable("legalRuleVerificationNote");
                rules.recordOutcome(number.longValue(), outcome.toString(), note == null ? null : note.toString(),
                        CurrentUser.id());
            };
        }

        /** The task says which row it is about. */
        @Bean
        TaskListener legalRuleTaskNaming() {
            return task -> {
                Object label = task.getVariable(LegalRules.RULE_LABEL);
                if (label != null) {
                    String name = "Verify legal rule: " + label;
                    task.setName(name.length() > 250 ? name.substring(0, 250) : name);
                }
            };
        }
    }
}
