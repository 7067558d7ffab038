package org.hotline.workspace;

import org.camunda.bpm.engine.ProcessEngineException;
import org.hotline.platform.ApiProblem;
import org.hotline.risk.RiskLevel;
import org.hotline.security.CurrentUser;
import org.hotline.tasks.StepIncidents;
import org.hotline.tasks.SupervisorService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervisor board: open critical and high cases, escalations, overdue tasks and each person's workload; hand a
 * task on, take it over, raise a case's risk level, try a failed step again.
 */
@Controller
class SupervisorPageController {

    private final SupervisorService supervisors;
    private final StepIncidents incidents;

    SupervisorPageController(SupervisorService supervisors, StepIncidents incidents) {
        this.supervisors = supervisors;
        this.incidents = incidents;
    }

    @GetMapping("/supervisor")
    String board(Model model) {
        model.addAttribute("board", supervisors.board());
        model.addAttribute("riskLevels", HomeController.codes(RiskLevel.values()));
        return "supervisor";
    }

    @PostMapping("/supervisor/tasks/{taskId}/assign")
    String assign(@PathVariable String taskId, @RequestParam(name = "assignee", required = false) String assignee,
                  @RequestParam(name = "next", required = false) String next, RedirectAttributes redirect) {
        try {
            supervisors.reassign(taskId, assignee);
            Flash.success(redirect, "task.reassigned", assignee);
        } catch (ApiProblem e) {
            Flash.error(redirect, e.status().value() == 400 ? "task.reassignInvalid" : "problem." + e.status().value());
        }
        return Flash.back(next, "/supervisor");
    }

    @PostMapping("/supervisor/incidents/{incidentId}/retry")
    String retry(@PathVariable String incidentId, RedirectAttributes redirect) {
        try {
            incidents.retry(incidentId);
            Flash.success(redirect, "board.retried");
        } catch (ApiProblem e) {
            Flash.error(redirect, "problem." + e.status().value());
        } catch (ProcessEngineException e) {
            // The step ran or was retried from elsewhere meanwhile: the board shows where it stands now.
            Flash.error(redirect, "problem.409");
        }
        return "redirect:/supervisor";
    }

    @PostMapping("/supervisor/tasks/{taskId}/take")
    String take(@PathVariable String taskId, @RequestParam(name = "next", required = false) String next,
                RedirectAttributes redirect) {
        try {
            supervisors.reassign(taskId, CurrentUser.id());
            Flash.success(redirect, "task.taken");
        } catch (ApiProblem e) {
            Flash.error(redirect, "problem." + e.status().value());
        }
        return Flash.back(next, "/supervisor");
    }

    @PostMapping("/supervisor/cases/{caseNumber}/risk")
    String raise(@PathVariable String caseNumber, @RequestParam(name = "riskLevel", required = false) String level,
                 @RequestParam(name = "reason", required = false) String reason,
                 @RequestParam(name = "next", required = false) String next, RedirectAttributes redirect) {
        RiskLevel raised;
        try {
            raised = level == null ? null : RiskLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            raised = null;
        }
        try {
            if (reason != null && reason.length() > 4000) {
                throw ApiProblem.invalid("reason", "must be at most 4000 characters");
            }
            supervisors.raiseRisk(caseNumber, raised, reason == null || reason.isBlank() ? null : reason.strip());
            Flash.success(redirect, "risk.raised", caseNumber);
        } catch (ApiProblem e) {
            Flash.error(redirect, e.status().value() == 400 ? "risk.raiseInvalid" : "problem." + e.status().value());
        }
        return Flash.back(next, "/supervisor");
    }
}
