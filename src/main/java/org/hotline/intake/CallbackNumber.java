package org.hotline.intake;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A callback number as advocates type it: a phone number of 7 to 15 digits written with {@code + ( ) - .} and
 * spaces, an optional extension ({@code ext. 12}, {@code x12}) and an optional short note in parentheses at the end
 * ({@code (text only)}), 60 characters in all. Text with no number in it is refused. Null passes.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CallbackNumber.Check.class)
@interface CallbackNumber {

    String message() default "must be a phone number of 7 to 15 digits, e.g. 204-555-0142, optionally with an "
            + "extension (ext. 12) and a short note in parentheses, e.g. (text only); at most 60 characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    int MAX_LENGTH = 60;

    class Check implements ConstraintValidator<CallbackNumber, String> {

        /** The number; then an extension; then a note of letters, digits, spaces and plain punctuation. */
        private static final Pattern FORM = Pattern.compile(
                "(?<number>\\+?[0-9(][0-9().\\- ]*)"
                        + "(?:(?:ext\\.?|x) ?[0-9]{1,6})?"
                        + "(?: ?\\([\\p{L}\\p{N} .,:;'’/&+\\-]{1,40}\\))?",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            String typed = value.strip();
            if (typed.isEmpty() || typed.length() > MAX_LENGTH) {
                return false;
            }
            Matcher matcher = FORM.matcher(typed);
            if (!matcher.matches()) {
                return false;
            }
            long digits = matcher.group("number").chars().filter(c -> c >= '0' && c <= '9').count();
            return digits >= 7 && digits <= 15;
        }
    }
}
