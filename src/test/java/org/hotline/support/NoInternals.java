package org.hotline.support;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What an answer must never show: a Java class name, an exception, a stack frame, an engine message code. */
public final class NoInternals {

    private static final Pattern INTERNALS = Pattern.compile(
            "[a-z]+\\.[a-z]+\\.[A-Z]\\w*|Exception|java\\.lang|at org\\.|at java\\.|ENGINE-\\d{5}");

    private NoInternals() {
    }

    /** The first internal found in the body, if any. */
    public static Optional<String> in(String body) {
        if (body == null) {
            return Optional.empty();
        }
        Matcher found = INTERNALS.matcher(body);
        return found.find() ? Optional.of(found.group()) : Optional.empty();
    }
}
