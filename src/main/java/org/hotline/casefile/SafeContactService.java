package org.hotline.casefile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hotline.platform.ApiProblem;
import org.hotline.platform.ApiProblem.FieldError;
import org.hotline.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's safe-contact plan: recorded at intake, changed later, always as a whole. Only those who may reach the
 * caller ({@link CaseAccess#mayReachCaller}) see or change it. The plan never leaves the case file: no process
 * variable, no log line, no error message and no timeline entry carries what it says.
 */
@Service
@Transactional
public class SafeContactService {

    /** The plan's name in the case file, the intake request and field names of errors. */
    public static final String FIELD = "safeContact";

    private final SafeContactPlanRepository plans;
    private final CaseFileService cases;
    private final CaseAccess access;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SafeContactService(SafeContactPlanRepository plans, CaseFileService cases, CaseAccess access, JdbcTemplate jdbc,
                       Clock clock) {
        this.plans = plans;
        this.cases = cases;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * What is wrong with a plan beyond its sizes (which bean validation checks), as {@code safeContact.*} fields:
     * a channel missing from the list, or a channel listed with "do not contact". Empty when the plan may be stored.
     */
    public static List<FieldError> problems(SafeContactInput plan) {
        List<FieldError> errors = new ArrayList<>();
        if (plan.channels() != null) {
            for (int i = 0; i < plan.channels().size(); i++) {
                if (plan.channels().get(i) == null) {
                    errors.add(new FieldError(FIELD + ".channels[" + i + "]", "must be CALL, TEXT, VOICEMAIL or EMAIL"));
                }
            }
            if (Boolean.TRUE.equals(plan.doNotContact()) && !plan.channels().isEmpty()) {
                errors.add(new FieldError(FIELD + ".channels",
                        "must be empty when doNotContact is true: no channel is safe"));
            }
        }
        return errors;
    }

    /** Refuses a plan that cannot be stored, naming its fields; asked before anything is written. */
    public static void check(SafeContactInput plan) {
        List<FieldError> errors = problems(plan);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
    }

    /** The plan of a case, as the case file shows it; empty when none was recorded. */
    @Transactional(readOnly = true)
    public Optional<SafeContactView> of(HotlineCase hotlineCase) {
        return plans.findByCaseId(hotlineCase.getId()).map(SafeContactPlan::view);
    }

    /**
     * Replaces the plan of an open case, for someone who may reach its caller: 404 for no such case, 403 for someone
     * who may not read it or whose role does not reach the caller, 409 for a closed case, 400 for a plan that cannot
     * be stored. Nothing is written unless everything passes.
     */
    public SafeContactView change(String caseNumber, SafeContactInput plan) {
        HotlineCase hotlineCase = cases.get(caseNumber);
        access.check(hotlineCase);
        if (!access.mayReachCaller(hotlineCase)) {
            throw ApiProblem.forbidden("Your role does not reach the caller of case " + caseNumber);
        }
        if (hotlineCase.getStatus() != CaseStatus.OPEN) {
            throw ApiProblem.conflict("Case " + caseNumber + " is closed; its safe-contact plan is kept as it was");
        }
        check(plan);
        SafeContactView view = record(hotlineCase, plan);
        // Changing how the caller is reached is working the case, as recording consent is.
        cases.participate(hotlineCase.getId(), CurrentUser.id());
        return view;
    }

    /**
     * Records the plan of a case in the caller's transaction (the intake's, or {@link #change}'s), replacing any
     * earlier one. The taker must reach the caller: a plan given by someone who may not read the case would replace
     * one they have never seen.
     */
    public SafeContactView record(HotlineCase hotlineCase, SafeContactInput plan) {
        if (!access.mayReachCaller(hotlineCase)) {
            throw ApiProblem.forbidden("Only those who may read case " + hotlineCase.getCaseNumber()
                    + " may give its safe-contact plan; send the contact without it");
        }
        check(plan);
        // The case row locked: two changes at once are made one after the other, never two plans for one case.
        jdbc.queryForObject("select id from hotline_case where id = ? for update", Long.class, hotlineCase.getId());
        Set<SafeChannel> channels = EnumSet.noneOf(SafeChannel.class);
        if (plan.channels() != null) {
            channels.addAll(plan.channels());
        }
        SafeContactPlan stored = plans.findByCaseId(hotlineCase.getId())
                .orElseGet(() -> new SafeContactPlan(hotlineCase.getId()));
        stored.replace(channels, text(plan.safeTimes()), text(plan.codeWord()), Boolean.TRUE.equals(plan.doNotContact()),
                text(plan.note()), CurrentUser.id(), clock.instant());
        plans.saveAndFlush(stored);
        cases.record(hotlineCase.getId(), "SAFE_CONTACT_UPDATED", "Safe-contact plan updated");
        return stored.view();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
