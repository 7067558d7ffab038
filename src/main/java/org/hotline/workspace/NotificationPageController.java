package org.hotline.workspace;

import java.util.Map;
import org.hotline.notification.NotificationService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The notifications page, and the unread count the pages ask for every few seconds. */
@Controller
class NotificationPageController {

    static final int SHOWN = 100;

    private final NotificationService notifications;

    NotificationPageController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(Model model) {
        model.addAttribute("notifications", notifications.latest(SHOWN));
        return "notifications";
    }

    @PostMapping("/notifications/read")
    String read(RedirectAttributes redirect) {
        notifications.markAllRead();
        Flash.success(redirect, "notifications.allRead");
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/unread-count")
    @ResponseBody
    Map<String, Integer> unread() {
        return Map.of("unread", notifications.unreadCount());
    }
}
