package org.hotline.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Notifications")
class NotificationController {

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    @Operation(summary = "Your latest 100 notifications and your groups', newest first, with the unread count")
    Map<String, Object> list() {
        List<Notification> latest = notifications.latest(100);
        return Map.of("unread", notifications.unreadCount(), "notifications", latest);
    }

    @PostMapping("/api/notifications/read")
    @Operation(summary = "Mark all your notifications read")
    Map<String, Object> read() {
        return Map.of("marked", notifications.markAllRead(), "unread", notifications.unreadCount());
    }
}
