package org.hotline.workspace;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.hotline.platform.ApiProblem;
import org.hotline.security.CurrentUser;
import org.hotline.security.LoginThrottle;
import org.hotline.security.Roles;
import org.hotline.tasks.HotlineTaskService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The home page: for advocates and supervisors my tasks, the team queue, claim and release, find a case by its
 * number; for administrators the logins that must wait, and lifting a wait.
 */
@Controller
class HomeController {

    private static final Pattern CASE_NUMBER = Pattern.compile("HT-\\d{4}-\\d{6}");

    private final HotlineTaskService tasks;
    private final LoginThrottle loginThrottle;

    HomeController(HotlineTaskService tasks, LoginThrottle loginThrottle) {
        this.tasks = tasks;
        this.loginThrottle = loginThrottle;
    }

    /** Tasks a page of the home page's lists holds. */
    static final int PAGE_SIZE = 50;

    @GetMapping("/")
    String home(@RequestParam(name = "mine", defaultValue = "0") String minePage,
                @RequestParam(name = "queue", defaultValue = "0") String queuePage, Model model) {
        boolean caseworker = CurrentUser.hasRole(Roles.ADVOCATE) || CurrentUser.hasRole(Roles.SUPERVISOR);
        model.addAttribute("caseworker", caseworker);
        if (caseworker) {
            model.addAttribute("mine", page(HotlineTaskService.View.MINE, minePage));
            model.addAttribute("queue", page(HotlineTaskService.View.GROUP, queuePage));
        }
        if (CurrentUser.hasRole(Roles.ADMIN)) {
            model.addAttribute("loginWaits", loginThrottle.blocks());
        }
        return "home";
    }

    /** A page of one of the home page's lists; one past the end (the list got shorter) shows the last page. */
    private HotlineTaskService.TaskPage page(HotlineTaskService.View view, String number) {
        HotlineTaskService.TaskPage page = tasks.page(view, first(number), PAGE_SIZE);
        if (page.tasks().isEmpty() && page.total() > 0) {
            page = tasks.page(view, (int) ((page.total() - 1) / PAGE_SIZE * PAGE_SIZE), PAGE_SIZE);
        }
        return page;
    }

    /** The first task of a page of the home page's lists; a page that is no number, or past the end, shows the first. */
    private static int first(String page) {
        try {
            int number = Integer.parseInt(page.strip());
            return number < 0 || number > Integer.MAX_VALUE / PAGE_SIZE ? 0 : number * PAGE_SIZE;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A colleague cannot log in: an administrator lifts the wait (audited). */
    @PostMapping("/login-throttle/{id}/lift")
    String liftLoginWait(@PathVariable long id, RedirectAttributes redirect) {
        if (!CurrentUser.hasRole(Roles.ADMIN)) {
            throw ApiProblem.forbidden("Administrators only");
        }
        if (loginThrottle.release(id).isPresent()) {
            Flash.success(redirect, "throttle.lifted");
        } else {
            Flash.error(redirect, "throttle.gone");
        }
        return "redirect:/";
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
