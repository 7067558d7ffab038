package org.hotline.workspace;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.hotline.notification.NotificationService;
import org.hotline.security.CurrentUser;
import org.hotline.security.Roles;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every workspace page shows in its header: who is logged in, the unread count, the language. */
@ControllerAdvice(basePackageClasses = WorkspaceModel.class)
class WorkspaceModel {

    private final NotificationService notifications;
    private final ZoneId zone;

    WorkspaceModel(NotificationService notifications, @Value("${hotline.workspace.time-zone:America/Toronto}") ZoneId zone) {
        this.notifications = notifications;
        this.zone = zone;
    }

    @ModelAttribute("view")
    ViewHelper view(Locale locale) {
        return new ViewHelper(zone, locale);
    }

    record Header(String user, boolean supervisor, boolean caseworker, int unread, String language, String path) {
    }

    @ModelAttribute("header")
    Header header(HttpServletRequest request, Locale locale) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean loggedIn = authentication != null && !(authentication instanceof AnonymousAuthenticationToken);
        boolean caseworker = loggedIn && (CurrentUser.hasRole(Roles.ADVOCATE) || CurrentUser.hasRole(Roles.SUPERVISOR));
        return new Header(loggedIn ? CurrentUser.id() : null, loggedIn && CurrentUser.hasRole(Roles.SUPERVISOR),
                caseworker, loggedIn ? notifications.unreadCount() : 0, locale.getLanguage(), pageOf(request));
    }

    /** Where the language switch leads: this page, or after a form post the page the form was on. */
    private static String pageOf(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if ("GET".equals(request.getMethod())) {
            return uri;
        }
        java.util.regex.Matcher casePage = CASE_PAGE.matcher(uri);
        if (casePage.lookingAt()) {
            return casePage.group();
        }
        return uri.equals("/intake") ? uri : "/";
    }

    private static final java.util.regex.Pattern CASE_PAGE = java.util.regex.Pattern.compile("/cases/HT-\\d{4}-\\d{6}");
}
