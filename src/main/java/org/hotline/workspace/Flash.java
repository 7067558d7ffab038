package org.hotline.workspace;

import java.util.List;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A message for the next page, as a message key with its arguments, shown once in the reader's language. */
record Flash(String level, String key, List<String> args) {

    static void success(RedirectAttributes redirect, String key, String... args) {
        redirect.addFlashAttribute("flash", new Flash("success", key, List.of(args)));
    }

    static void error(RedirectAttributes redirect, String key, String... args) {
        redirect.addFlashAttribute("flash", new Flash("error", key, List.of(args)));
    }

    /** Where to go back to: only a path of this application, never another site. */
    static String back(String next, String fallback) {
        if (next == null || !SAFE_PATH.matcher(next).matches()) {
            return "redirect:" + fallback;
        }
        return "redirect:" + next;
    }

    /** A path of this application's pages: letters, digits, dashes and single slashes, nothing a browser reads as a host. */
    private static final java.util.regex.Pattern SAFE_PATH = java.util.regex.Pattern.compile("/|(/[A-Za-z0-9_-]+)+/?");
}
