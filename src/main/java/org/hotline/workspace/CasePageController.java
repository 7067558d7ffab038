package org.hotline.workspace;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.hotline.casefile.CaseAccess;
import org.hotline.casefile.CaseFileReader;
import org.hotline.casefile.CaseFileService;
import org.hotline.casefile.CaseFileView;
import org.hotline.lifecycle.CaseLifecycle;
import org.hotline.platform.ApiProblem;
import org.hotline.referral.ReferralService;
import org.hotline.security.CurrentUser;
import org.hotline.tasks.EscalationService;
import org.hotline.tasks.HotlineTaskService;
import org.hotline.tasks.TaskView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: the whole case file, where the case is now, and the form of each task the reader holds, to
 * complete it right there.
 */
@Controller
class CasePageController {

    private final CaseFileReader reader;
    private final HotlineTaskService tasks;
    private final TaskFormView forms;
    private final EscalationService escalations;
    private final CaseFileService cases;
    private final CaseAccess access;
    private final MessageSource messages;
    private final ReferralService referrals;

    CasePageController(CaseFileReader reader, HotlineTaskService tasks, TaskFormView forms,
                       EscalationService escalations, CaseFileService cases, CaseAccess access, MessageSource messages,
                       ReferralService referrals) {
        this.messages = messages;
        this.referrals = referrals;
        this.reader = reader;
        this.cases = cases;
        this.access = access;
        this.tasks = tasks;
        this.forms = forms;
        this.escalations = escalations;
    }

    record TaskPanel(TaskView task, boolean mine, boolean claimable, TaskFormView.FormView form) {
    }

    @GetMapping("/cases/{caseNumber}")
    String show(@PathVariable String caseNumber, Model model, Locale locale) {
        return render(caseNumber, null, null, Map.of(), model, locale);
    }

    @PostMapping("/cases/{caseNumber}/tasks/{taskId}/complete")
    String complete(@PathVariable String caseNumber, @PathVariable String taskId,
                    @RequestParam MultiValueMap<String, String> posted, Model model, Locale locale,
                    RedirectAttributes redirect, HttpServletResponse response) {
        access.check(cases.get(caseNumber));
        MultiValueMap<String, String> submitted = new LinkedMultiValueMap<>(posted);
        submitted.remove("_csrf");
        Task task = tasks.task(taskId);
        try {
            tasks.complete(taskId, forms.values(task, submitted));
        } catch (RuntimeException thrown) {
            // A listener's refusal arrives wrapped by the engine: it is still the user's to correct.
            ApiProblem e = ApiProblem.in(thrown).orElseThrow(() -> thrown);
            Map<String, String> errors = new LinkedHashMap<>();
            e.errors().forEach(error -> errors.putIfAbsent(error.field().replaceFirst("^variables\\.", ""), error.message()));
            if (errors.isEmpty()) {
                errors.put("form", e.getMessage());
            }
            response.setStatus(e.status().value());
            return render(caseNumber, taskId, submitted, errors, model, locale);
        }
        Flash.success(redirect, "task.completed",
                messages.getMessage("task." + task.getTaskDefinitionKey(), null, task.getName(), locale));
        return "redirect:/cases/" + caseNumber;
    }

    @PostMapping("/cases/{caseNumber}/escalations")
    String escalate(@PathVariable String caseNumber, @RequestParam(name = "reason", required = false) String reason,
                    RedirectAttributes redirect) {
        if (reason != null && reason.length() > 4000) {
            Flash.error(redirect, "escalation.tooLong");
        } else {
            escalations.escalate(caseNumber, reason == null || reason.isBlank() ? null : reason.strip());
            Flash.success(redirect, "escalation.sent");
        }
        return "redirect:/cases/" + caseNumber;
    }

    private String render(String caseNumber, String failedTaskId, MultiValueMap<String, String> submitted,
                          Map<String, String> errors, Model model, Locale locale) {
        CaseFileView file = reader.read(caseNumber, "page");
        List<String> groups = CurrentUser.groups();
        List<TaskPanel> panels = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<TaskView> active = (List<TaskView>) file.sections().getOrDefault("activeTasks", List.of());
        for (TaskView view : active) {
            boolean mine = CurrentUser.id().equals(view.assignee());
            boolean claimable = view.assignee() == null && (CurrentUser.hasRole("SUPERVISORS")
                    || view.candidateGroups().stream().anyMatch(groups::contains));
            TaskFormView.FormView form = null;
            if (mine) {
                boolean failed = view.id().equals(failedTaskId);
                form = forms.of(tasks.task(view.id()), failed ? submitted : null, failed ? errors : Map.of(), locale);
            }
            panels.add(new TaskPanel(view, mine, claimable, form));
        }
        model.addAttribute("file", file);
        model.addAttribute("panels", panels);
        // The case file's own section: read once, by whoever may read the case.
        model.addAttribute("whoToCall", file.sections().get("whoToCall"));
        boolean sendingReferrals = active.stream()
                .anyMatch(view -> CaseLifecycle.TASK_SEND_REFERRALS.equals(view.taskDefinitionKey()));
        model.addAttribute("proposedServices", sendingReferrals
                ? referrals.proposedServices(cases.get(caseNumber)) : List.of());
        model.addAttribute("errors", errors);
        model.addAttribute("formError", failedTaskId == null ? null : errors.get("form"));
        return "case";
    }
}
