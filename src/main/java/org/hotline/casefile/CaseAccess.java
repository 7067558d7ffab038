package org.hotline.casefile;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.hotline.security.Roles;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may open a case file: supervisors any case; an advocate the cases they worked on and the cases with work
 * waiting for them or their team. Anyone else gets a 403 that does not say what the case holds.
 */
@Component
public class CaseAccess {

    private final CaseFileService cases;
    private final TaskService tasks;
    CaseAccess(CaseFileService cases, TaskService tasks) {
        this.cases = cases;
        this.tasks = tasks;
    }

    public void check(HotlineCase hotlineCase) {
        if (!mayRead(hotlineCase)) {
            throw ApiProblem.forbidden("You have not worked on case " + hotlineCase.getCaseNumber()
                    + " and it has no work for your team");
        }
    }

    /** Whether the current user may open this case file; asked before a write that would otherwise answer with it. */
    public boolean mayRead(HotlineCase hotlineCase) {
        // The engine acting on its own (timers, jobs) has no authentication; every HTTP request has one.
        if (SecurityContextHolder.getContext().getAuthentication() == null
                || CurrentUser.hasRole(Roles.SUPERVISOR) || CurrentUser.hasRole(Roles.ADMIN)) {
            return true;
        }
        return worksOn(hotlineCase);
    }

    /**
     * Whether the current user may see and change how to reach the caller (the safe-contact plan): supervisors, and
     * advocates who may read the case. Unlike {@link #mayRead}, an administrator's role does not reach it, nor does
     * the engine acting on its own: neither has any business calling a caller.
     */
    public boolean mayReachCaller(HotlineCase hotlineCase) {
        if (SecurityContextHolder.getContext().getAuthentication() == null) {
            return false;
        }
        return CurrentUser.hasRole(Roles.SUPERVISOR) || CurrentUser.hasRole(Roles.ADVOCATE) && worksOn(hotlineCase);
    }

    /**
     * The case is the current user's work: they worked on it, or it has work waiting for them or for their team (a
     * task held by them, or one offered to their groups that nobody holds yet; a task a colleague holds is theirs).
     */
    private boolean worksOn(HotlineCase hotlineCase) {
        String user = CurrentUser.id();
        if (cases.hasParticipant(hotlineCase.getId(), user)) {
            return true;
        }
        if (hotlineCase.getProcessInstanceId() != null) {
            List<String> groups = CurrentUser.groups();
            long waiting = tasks.createTaskQuery().processInstanceId(hotlineCase.getProcessInstanceId())
                    .or().taskAssignee(user).taskCandidateGroupIn(groups.isEmpty() ? List.of("-") : groups)
                    .endOr().count();
            return waiting > 0;
        }
        return false;
    }
}
