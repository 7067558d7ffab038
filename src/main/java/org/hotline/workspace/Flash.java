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
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "redirect:" + fallback;
        }
        return "redirect:" + next;
    }
}
