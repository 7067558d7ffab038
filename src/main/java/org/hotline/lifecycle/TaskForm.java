package org.hotline.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Camunda Form asks for: its fields with their validation, and its text blocks, in the order the form shows
 * them ({@link #parts()}).
 */
public record TaskForm(String id, List<Field> fields, Map<String, String> texts, List<Part> parts) {

    public static TaskForm parse(JsonNode schema) {
        List<Part> parts = new ArrayList<>();
        collect(schema.path("components"), parts);
        List<Field> fields = parts.stream().filter(Field.class::isInstance).map(Field.class::cast).toList();
        Map<String, String> texts = new LinkedHashMap<>();
        parts.stream().filter(Text.class::isInstance).map(Text.class::cast).forEach(t -> texts.put(t.id(), t.markdown()));
        return new TaskForm(schema.path("id").asText(), fields, Collections.unmodifiableMap(texts), List.copyOf(parts));
    }

    private static void collect(JsonNode components, List<Part> parts) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (type.equals("text")) {
                parts.add(new Text(component.path("id").asText(), component.path("text").asText()));
            } else if (component.has("components")) {
                collect(component.path("components"), parts);
            } else if (component.hasNonNull("key")) {
                JsonNode validate = component.path("validate");
                List<String> values = new ArrayList<>();
                Map<String, String> labels = new LinkedHashMap<>();
                component.path("values").forEach(v -> {
                    values.add(v.path("value").asText());
                    labels.put(v.path("value").asText(), v.path("label").asText());
                });
                parts.add(new Field(component.path("key").asText(), type, component.path("label").asText(),
                        validate.path("required").asBoolean(false),
                        validate.has("maxLength") ? validate.path("maxLength").asInt() : null,
                        validate.has("min") ? validate.path("min").asDouble() : null,
                        validate.has("max") ? validate.path("max").asDouble() : null,
                        List.copyOf(values), component.hasNonNull("valuesKey") ? component.path("valuesKey").asText() : null,
                        component.hasNonNull("description") ? component.path("description").asText() : null,
                        Collections.unmodifiableMap(labels)));
            }
        }
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** A block of the form: a text or a field. */
    public sealed interface Part permits Text, Field {
    }

    /** A text block, in Markdown. */
    public record Text(String id, String markdown) implements Part {
    }

    /** A field; its {@code values} and {@code optionLabels} keep the form's order, the order the form shows them. */
    public record Field(String key, String type, String label, boolean required, Integer maxLength, Double min,
                        Double max, List<String> values, String valuesKey, String description,
                        Map<String, String> optionLabels) implements Part {

        /** Free text an advocate typed: kept in the case file, never left in the process. */
        public boolean isFreeText() {
            return type.equals("textfield") || type.equals("textarea");
        }

        /** A choice among codes: a routing fact worth showing on the timeline. */
        public boolean isChoice() {
            return type.equals("select") || type.equals("radio") || type.equals("checkbox");
        }
    }
}
