package org.hotline.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hotline.casefile.SafeChannel;
import org.hotline.casefile.SafeContactInput;
import org.hotline.casefile.SafeContactView;

/**
 * The safe-contact plan's fields as a page posts them (the intake page and the case page), text as typed so that a
 * refused form comes back as it was. Page field names, and the API's names they stand for:
 * {@code safeChannels} (channels), {@code safeTimes}, {@code safeCodeWord} (codeWord), {@code safeDoNotContact}
 * (doNotContact), {@code safeNote} (note).
 */
public class SafeContactForm {

    public List<String> safeChannels = new ArrayList<>();
    public String safeTimes;
    public String safeCodeWord;
    public boolean safeDoNotContact;
    public String safeNote;

    // Setters for data binding.
    public void setSafeChannels(List<String> v) { safeChannels = v == null ? new ArrayList<>() : v; }
    public void setSafeTimes(String v) { safeTimes = v; }
    public void setSafeCodeWord(String v) { safeCodeWord = v; }
    public void setSafeDoNotContact(boolean v) { safeDoNotContact = v; }
    public void setSafeNote(String v) { safeNote = v; }

    /** The form filled with a recorded plan, to change it. */
    static SafeContactForm of(SafeContactView plan) {
        SafeContactForm form = new SafeContactForm();
        if (plan != null) {
            form.safeChannels = new ArrayList<>(plan.channels().stream().map(Enum::name).toList());
            form.safeTimes = plan.safeTimes();
            form.safeCodeWord = plan.codeWord();
            form.safeDoNotContact = plan.doNotContact();
            form.safeNote = plan.note();
        }
        return form;
    }

    /** Whether anything of a plan was given: on the intake page an untouched block records no plan. */
    boolean given() {
        return !safeChannels.isEmpty() || safeDoNotContact || !blank(safeTimes) || !blank(safeCodeWord) || !blank(safeNote);
    }

    /** The plan as the API takes it; a channel that is no known code is named in {@code errors}. */
    SafeContactInput plan(Map<String, String> errors) {
        List<SafeChannel> channels = new ArrayList<>();
        for (String code : safeChannels) {
            try {
                channels.add(SafeChannel.valueOf(code.strip()));
            } catch (IllegalArgumentException | NullPointerException e) {
                errors.putIfAbsent("safeChannels", "is not a known code");
            }
        }
        return new SafeContactInput(channels, trimmed(safeTimes), trimmed(safeCodeWord), safeDoNotContact,
                trimmed(safeNote));
    }

    /** The page's field for a field the API names ({@code safeContact.channels[0]}, {@code codeWord}). */
    static String pageField(String apiField) {
        String field = apiField.replaceFirst("^safeContact\\.", "").replaceAll("\\[\\d*]", "");
        return switch (field) {
            case "channels" -> "safeChannels";
            case "safeTimes" -> "safeTimes";
            case "codeWord" -> "safeCodeWord";
            case "doNotContact" -> "safeDoNotContact";
            case "note" -> "safeNote";
            default -> null;
        };
    }

    private static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
