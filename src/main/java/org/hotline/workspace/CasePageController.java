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
import org.hotline.casefile.CaseStatus;
import org.hotline.casefile.SafeChannel;
import org.hotline.casefile.SafeContactInput;
import org.hotline.casefile.SafeContactService;
import org.hotline.casefile.SafeContactView;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page: how to reach the caller safely first, then where the case is now with the form of each task the
 * reader holds (to complete it right there, below the safe-contact plan), then the whole case file.
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
    /** Tasks listed first on the case page, in this order; the others keep the order of the task list. */
    private static final List<String> FIRST = List.of(CaseLifecycle.TASK_MAKE_EMERGENCY_REPORT,
            CaseLifecycle.TASK_REPORT_TO_CHILD_PROTECTION);

    /** Tasks worked with the protocol's contacts at hand. */
    private static final java.util.Set<String> CONTACT_TASKS = java.util.Set.of(CaseLifecycle.TASK_MAKE_EMERGENCY_REPORT,
            CaseLifecycle.TASK_REPORT_TO_CHILD_PROTECTION, CaseLifecycle.TASK_REPORT_WITH_CONSENT,
            CaseLifecycle.TASK_LIAISE_INTERNATIONALLY, CaseLifecycle.TASK_REPORT_NEW_INFORMATION,
            CaseLifecycle.TASK_SEND_REFERRALS, CaseLifecycle.TASK_CHASE_REFERRAL);

    private final SafeContactService safeContact;
    private final jakarta.validation.Validator validator;
    private final ReferralService referrals;

    CasePageController(CaseFileReader reader, HotlineTaskService tasks, TaskFormView forms,
                       EscalationService escalations, CaseFileService cases, CaseAccess access, MessageSource messages,
                       SafeContactService safeContact, jakarta.validation.Validator validator, ReferralService referrals) {
        this.messages = messages;
        this.safeContact = safeContact;
        this.validator = validator;
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

    /**
     * The caller panel ({@code fragments/caller.html}): the safe-contact plan, the caller's name and callback number
     * from the latest contacts that gave them, a {@code tel:} or {@code sms:} address only where the plan says calls
     * or texts are safe, and the form that changes the plan (open cases), as recorded or as refused with its errors.
     */
    record CallerPanel(SafeContactView plan, String callerName, String callbackNumber, String telHref, String smsHref,
                       boolean editable, SafeContactForm form, Map<String, String> errors) {
    }

    @GetMapping("/cases/{caseNumber}")
    String show(@PathVariable String caseNumber, Model model, Locale locale) {
        return render(caseNumber, null, null, Map.of(), null, Map.of(), model, locale);
    }

    @PostMapping("/cases/{caseNumber}/safe-contact")
    String changeSafeContact(@PathVariable String caseNumber, @ModelAttribute("safeContactForm") SafeContactForm form, Model model,
                             Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        Map<String, String> errors = new LinkedHashMap<>();
        SafeContactInput plan = form.plan(errors);
        validator.validate(plan).forEach(violation -> errors.putIfAbsent(
                SafeContactForm.pageField(violation.getPropertyPath().toString()), violation.getMessage()));
        try {
            if (errors.isEmpty()) {
                safeContact.change(caseNumber, plan);
                Flash.success(redirect, "caller.saved");
                return "redirect:/cases/" + caseNumber;
            }
        } catch (ApiProblem e) {
            if (e.status() != org.springframework.http.HttpStatus.BAD_REQUEST) {
                throw e;
            }
            e.errors().forEach(error -> errors.putIfAbsent(pageFieldOrPlan(error.field()), error.message()));
        }
        response.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST.value());
        return render(caseNumber, null, null, Map.of(), form, errors, model, locale);
    }

    private static String pageFieldOrPlan(String apiField) {
        String field = SafeContactForm.pageField(apiField);
        return field == null ? "safeChannels" : field;
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
            return render(caseNumber, taskId, submitted, errors, null, Map.of(), model, locale);
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
                          Map<String, String> errors, SafeContactForm refusedPlan, Map<String, String> planErrors,
                          Model model, Locale locale) {
        CaseFileView file = reader.read(caseNumber, "page");
        model.addAttribute("caller", caller(file, refusedPlan, planErrors));
        model.addAttribute("safeChannelCodes", SafeChannel.values());
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
        // The reports the law requires now come first: on a live call they are what the advocate acts on.
        panels.sort(java.util.Comparator.comparingInt(p -> FIRST.indexOf(p.task().taskDefinitionKey()) < 0
                ? FIRST.size() : FIRST.indexOf(p.task().taskDefinitionKey())));
        model.addAttribute("file", file);
        model.addAttribute("panels", panels);
        // Working a report or the referrals: the escalation contact, the crisis lines and the protocol are shown open.
        model.addAttribute("contactsOpen", panels.stream().anyMatch(p -> p.mine()
                && CONTACT_TASKS.contains(p.task().taskDefinitionKey())));
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

    private static CallerPanel caller(CaseFileView file, SafeContactForm refusedPlan, Map<String, String> planErrors) {
        SafeContactView plan = file.safeContact;
        String name = null;
        String number = null;
        for (CaseFileService.ContactView contact : file.contacts) {
            name = contact.callerName() != null ? contact.callerName() : name;
            number = contact.callbackNumber() != null ? contact.callbackNumber() : number;
        }
        String dialable = number == null ? null : dialable(number);
        // No plan, no link: until the caller has said a call or a text is safe, neither is.
        String tel = dialable != null && plan != null && plan.safe(SafeChannel.CALL) ? "tel:" + dialable : null;
        String sms = dialable != null && plan != null && plan.safe(SafeChannel.TEXT)
                ? "sms:" + dialable.replaceFirst(";ext=.*$", "") : null;
        return new CallerPanel(plan, name, number, tel, sms, file.status == CaseStatus.OPEN,
                refusedPlan != null ? refusedPlan : SafeContactForm.of(plan), planErrors);
    }

    /**
     * A callback number as a {@code tel:} address: its digits, a leading +, and the extension; the note in parentheses
     * left out. Null when it holds too few or too many digits to dial.
     */
    static String dialable(String number) {
        String withoutNote = number.strip().replaceFirst("\\s*\\([^()]*\\p{L}[^()]*\\)$", "");
        String[] parts = withoutNote.split("(?i)ext\\.?|x", 2);
        String digits = parts[0].replaceAll("[^0-9]", "");
        if (digits.length() < 7 || digits.length() > 15) {
            return null;
        }
        String extension = parts.length > 1 ? parts[1].replaceAll("[^0-9]", "") : "";
        return (parts[0].strip().startsWith("+") ? "+" : "") + digits + (extension.isEmpty() ? "" : ";ext=" + extension);
    }
}
