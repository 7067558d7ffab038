package org.hotline.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reading lists out of API answers: the array's texts, or one field of each element. */
public final class JsonLists {

    private JsonLists() {
    }

    public static List<String> texts(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(node -> result.add(node.asText()));
        return result;
    }

    public static List<String> texts(JsonNode array, String field) {
        List<String> result = new ArrayList<>();
        array.forEach(node -> result.add(node.path(field).asText()));
        return result;
    }
}
