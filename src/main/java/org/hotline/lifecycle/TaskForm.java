package org.hotline.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a Camunda Form asks for: its fields with their validation, and its text blocks. */
public record TaskForm(String id, List<Field> fields, Map<String, String> texts) {

    public static TaskForm parse(JsonNode schema) {
        List<Field> fields = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>();
        collect(schema.path("components"), fields, texts);
        return new TaskForm(schema.path("id").asText(), List.copyOf(fields), Map.copyOf(texts));
    }

    private static void collect(JsonNode components, List<Field> fields, Map<String, String> texts) {
        for (JsonNode component : components) {
            String type = component.path("type").asText();
            if (type.equals("text")) {
                texts.put(component.path("id").asText(), component.path("text").asText());
            } else if (component.has("components")) {
                collect(component.path("components"), fields, texts);
            } else if (component.hasNonNull("key")) {
                JsonNode validate = component.path("validate");
                List<String> values = new ArrayList<>();
                component.path("values").forEach(v -> values.add(v.path("value").asText()));
                fields.add(new Field(component.path("key").asText(), type, component.path("label").asText(),
                        validate.path("required").asBoolean(false),
                        validate.has("maxLength") ? validate.path("maxLength").asInt() : null,
                        validate.has("min") ? validate.path("min").asDouble() : null,
                        validate.has("max") ? validate.path("max").asDouble() : null,
                        List.copyOf(values), component.hasNonNull("valuesKey") ? component.path("valuesKey").asText() : null));
            }
        }
    }

    public Optional<Field> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public record Field(String key, String type, String label, boolean required, Integer maxLength, Double min,
                        Double max, List<String> values, String valuesKey) {

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
