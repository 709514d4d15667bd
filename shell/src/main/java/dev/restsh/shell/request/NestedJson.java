package dev.restsh.shell.request;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restsh.shell.RestshException;
import java.util.ArrayList;
import java.util.List;

/**
 * HTTPie's nested JSON fields: {@code a[b][0]=x} sets {@code {"a": {"b": ["x"]}}}, {@code a[]=x} appends, and a
 * field starting with {@code [} builds a top-level array. {@code \[} in a name is a literal bracket.
 */
final class NestedJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ContainerNode<?> root;

    /** The body built so far (an empty object when nothing was set). */
    JsonNode root() {
        return root == null ? NODES.objectNode() : root;
    }

    void set(String field, JsonNode value) {
        List<Object> path = path(field);
        if (root == null) {
            root = path.get(0) instanceof String ? NODES.objectNode() : NODES.arrayNode();
        }
        JsonNode node = root;
        for (int i = 0; i < path.size(); i++) {
            Object step = path.get(i);
            boolean last = i == path.size() - 1;
            JsonNode next = last ? value : (path.get(i + 1) instanceof String ? NODES.objectNode() : NODES.arrayNode());
            node = step(node, step, next, last, field);
        }
    }

    private static JsonNode step(JsonNode node, Object step, JsonNode created, boolean last, String field) {
        if (step instanceof String key) {
            if (!(node instanceof ObjectNode object)) {
                throw conflict(field, "'" + key + "' is a key, but that part of the body is an array");
            }
            JsonNode existing = object.get(key);
            if (existing == null || last) {
                object.set(key, created);
                return created;
            }
            return existing;
        }
        if (!(node instanceof ArrayNode array)) {
            throw conflict(field, "an index is used where the body has an object");
        }
        int index = (Integer) step;
        if (index < 0) {
            array.add(created);
            return created;
        }
        if (index > 10_000) {
            throw conflict(field, "index " + index + " is too large");
        }
        while (array.size() <= index) {
            array.addNull();
        }
        JsonNode existing = array.get(index);
        if (existing.isNull() || last) {
            array.set(index, created);
            return created;
        }
        return existing;
    }

    /** Splits {@code a[b][0][]} into "a", "b", 0, -1 (append). */
    static List<Object> path(String field) {
        List<Object> path = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        int i = 0;
        while (i < field.length() && field.charAt(i) != '[') {
            if (field.charAt(i) == '\\' && i + 1 < field.length()) {
                i++;
            }
            name.append(field.charAt(i++));
        }
        if (name.length() > 0 || i == field.length()) {
            path.add(name.toString());
        }
        while (i < field.length()) {
            int close = field.indexOf(']', i);
            if (field.charAt(i) != '[' || close < 0) {
                // Not the nested syntax after all: the whole name is one key, as HTTPie treats it.
                return List.of(field.replace("\\[", "["));
            }
            String inside = field.substring(i + 1, close);
            if (inside.isEmpty()) {
                path.add(-1);
            } else if (inside.matches("\\d+")) {
                path.add(Integer.parseInt(inside));
            } else {
                path.add(inside);
            }
            i = close + 1;
        }
        return path;
    }

    private static RestshException conflict(String field, String why) {
        return RestshException.usage("cannot set '" + field + "': " + why);
    }
}
