package org.hotline.platform;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.stream.Collectors;

/**
 * A JSON body that could not be read, as a 400 naming the field: for our API and for the engine's. Jackson's messages
 * are never shown: they name Java classes and may quote the value.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    public static ApiProblem of(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException json && json.getProcessor() instanceof JsonParser parser
                    && json.getOriginalMessage() != null && json.getOriginalMessage().startsWith("Duplicate field")) {
                // Strict duplicate detection stops the parser on the second occurrence: its place names the key.
                return ApiProblem.invalid(path(parser.getParsingContext()), "appears twice; give each field once");
            }
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return ApiProblem.invalid(path(unknown), "is not a known field");
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null && format.getTargetType().isEnum()) {
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", "));
            return ApiProblem.invalid(path(format), "unknown code; expected one of " + allowed);
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String expected = mismatch.getTargetType() == null ? "another type" : describe(mismatch.getTargetType());
            return ApiProblem.invalid(path(mismatch), "has the wrong type; expected " + expected);
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return ApiProblem.invalid(path(mapping), "could not be read");
        }
        if (cause instanceof JacksonException trailing && trailing.getOriginalMessage() != null
                && trailing.getOriginalMessage().startsWith("Trailing token")) {
            return ApiProblem.invalid("body", "has more after the JSON value; send one JSON value only");
        }
        if (cause instanceof JacksonException) {
            return ApiProblem.invalid("body", "is not well-formed JSON");
        }
        return ApiProblem.invalid("body", "is missing or cannot be read as JSON");
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        String path = String.join("", parts);
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }

    static String describe(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
