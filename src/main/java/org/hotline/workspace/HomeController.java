package org.hotline.workspace;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.hotline.security.Roles;
import org.hotline.tasks.HotlineTaskService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The advocate's home: my tasks, the team queue, claim and release, find a case by its number. */
@Controller
class HomeController {

    private static final Pattern CASE_NUMBER = Pattern.compile("HT-\\d{4}-\\d{6}");

    private final HotlineTaskService tasks;

    HomeController(HotlineTaskService tasks) {
        this.tasks = tasks;
    }

    @GetMapping("/")
    String home(Model model) {
        boolean caseworker = CurrentUser.hasRole(Roles.ADVOCATE) || CurrentUser.hasRole(Roles.SUPERVISOR);
        model.addAttribute("caseworker", caseworker);
        if (caseworker) {
            model.addAttribute("mine", tasks.list(HotlineTaskService.View.MINE));
            model.addAttribute("queue", tasks.list(HotlineTaskService.View.GROUP));
        }
        return "home";
    }

    @GetMapping("/search")
    String search(@RequestParam(name = "caseNumber", required = false) String caseNumber, RedirectAttributes redirect) {
        String wanted = caseNumber == null ? "" : caseNumber.strip().toUpperCase(Locale.ROOT);
        if (!CASE_NUMBER.matcher(wanted).matches()) {
            Flash.error(redirect, "search.invalid");
            return "redirect:/";
        }
        return "redirect:/cases/" + wanted;
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, @RequestParam(name = "next", required = false) String next,
                 RedirectAttributes redirect) {
        try {
            tasks.claim(taskId);
            Flash.success(redirect, "task.claimed");
        } catch (HotlineTaskService.AlreadyClaimed e) {
            Flash.error(redirect, "task.alreadyClaimed", e.holder());
        } catch (ApiProblem e) {
            Flash.error(redirect, "problem." + e.status().value());
        }
        return Flash.back(next, "/");
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(@PathVariable String taskId, @RequestParam(name = "next", required = false) String next,
                   RedirectAttributes redirect) {
        try {
            tasks.unclaim(taskId);
            Flash.success(redirect, "task.released");
        } catch (ApiProblem e) {
            Flash.error(redirect, "problem." + e.status().value());
        }
        return Flash.back(next, "/");
    }

    static String[] codes(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toArray(String[]::new);
    }
}
