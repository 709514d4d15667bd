package dev.restsh.shell.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a request schema (a resolved JSON tree) the way a person writing a body needs it: the properties an object
 * can have, with {@code allOf} parts merged and the properties of each {@code oneOf}/{@code anyOf} alternative
 * offered (never required, since only one alternative applies), read-only ones left out; its type in words; its
 * enum values. Works for OpenAPI 3.0 ({@code nullable}) and 3.1 (type arrays, {@code const}) trees alike.
 */
public final class SchemaShape {
    /** How deep {@code allOf}/{@code oneOf} nesting is followed: documents can nest them, never usefully deeper. */
    private static final int MAX_DEPTH = 8;

    private SchemaShape() {}

    /** A property of an object schema; {@code alternative} names the oneOf/anyOf branch it comes from, or null. */
    public record Field(String name, boolean required, JsonNode schema, String alternative) {
        public String type() {
            return typeName(schema);
        }

        public String description() {
            JsonNode text = schema.get("description");
            return text == null ? "" : OperationDetailReader.firstLine(text.asText());
        }
    }

    /** The object's properties: required ones first (in document order), then the others. */
    public static List<Field> fields(JsonNode schema) {
        List<Field> all = new ArrayList<>();
        Set<String> required = new LinkedHashSet<>();
        collect(schema, null, all, required, 0);
        Map<String, Field> byName = new LinkedHashMap<>();
        all.forEach(field -> byName.putIfAbsent(field.name(), field));
        List<Field> ordered = new ArrayList<>();
        for (Field field : byName.values()) {
            if (required.contains(field.name()) && field.alternative() == null) {
                ordered.add(new Field(field.name(), true, field.schema(), null));
            }
        }
        for (Field field : byName.values()) {
            if (!required.contains(field.name()) || field.alternative() != null) {
                ordered.add(field);
            }
        }
        return ordered;
    }

    private static void collect(JsonNode schema, String alternative, List<Field> all, Set<String> required, int depth) {
        if (schema == null || !schema.isObject() || depth > MAX_DEPTH) {
            return;
        }
        JsonNode properties = schema.get("properties");
        if (properties != null && properties.isObject()) {
            properties.fields().forEachRemaining(property -> {
                JsonNode readOnly = property.getValue().get("readOnly");
                if (readOnly == null || !readOnly.asBoolean()) {
                    all.add(new Field(property.getKey(), false, property.getValue(), alternative));
                }
            });
        }
        JsonNode names = schema.get("required");
        if (alternative == null && names != null && names.isArray()) {
            names.forEach(name -> required.add(name.asText()));
        }
        for (JsonNode part : list(schema, "allOf")) {
            collect(part, alternative, all, required, depth + 1);
        }
        List<JsonNode> alternatives = alternatives(schema);
        for (int i = 0; i < alternatives.size(); i++) {
            collect(alternatives.get(i), alternativeName(alternatives.get(i), i), all, required, depth + 1);
        }
    }

    /** The {@code oneOf} or else the {@code anyOf} branches, empty when there are none. */
    public static List<JsonNode> alternatives(JsonNode schema) {
        List<JsonNode> oneOf = list(schema, "oneOf");
        return oneOf.isEmpty() ? list(schema, "anyOf") : oneOf;
    }

    static String alternativeName(JsonNode alternative, int index) {
        JsonNode title = alternative.get("title");
        return title != null && !title.asText().isEmpty() ? title.asText() : "option " + (index + 1);
    }

    static List<JsonNode> list(JsonNode schema, String keyword) {
        List<JsonNode> parts = new ArrayList<>();
        JsonNode node = schema == null ? null : schema.get(keyword);
        if (node != null && node.isArray()) {
            node.forEach(parts::add);
        }
        return parts;
    }

    /** The property's schema at a path of names ({@code source}, {@code name}), or null. */
    public static JsonNode property(JsonNode schema, List<String> path) {
        JsonNode current = schema;
        for (String name : path) {
            if ("array".equals(type(current))) {
                current = current.get("items");
            }
            List<Field> all = new ArrayList<>();
            collect(current, null, all, new LinkedHashSet<>(), 0);
            List<JsonNode> named = all.stream()
                    .filter(field -> field.name().equals(name))
                    .map(Field::schema)
                    .toList();
            if (named.isEmpty()) {
                return null;
            }
            // Several oneOf alternatives may define it (a discriminator: card, bank_account): any of them.
            current = named.size() == 1 ? named.get(0) : anyOf(named);
        }
        return current;
    }

    private static JsonNode anyOf(List<JsonNode> schemas) {
        ObjectNode union = JsonNodeFactory.instance.objectNode();
        String type = type(schemas.get(0));
        if (type != null && schemas.stream().allMatch(schema -> type.equals(type(schema)))) {
            union.put("type", type);
        }
        union.set("anyOf", JsonNodeFactory.instance.arrayNode().addAll(schemas));
        return union;
    }

    /**
     * The JSON type ({@code string}, {@code object} …), or null when the schema does not say: the first non-null
     * of a 3.1 type array; {@code object} for a schema made of properties or {@code allOf} parts.
     */
    public static String type(JsonNode schema) {
        if (schema == null) {
            return null;
        }
        JsonNode type = schema.get("type");
        if (type == null) {
            type = schema.get("types");
        }
        if (type != null && type.isTextual()) {
            return type.asText();
        }
        if (type != null && type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        if (schema.has("properties") || schema.has("allOf")) {
            return "object";
        }
        return null;
    }

    /** The type in words: {@code string (ipv4)}, {@code array of string}, {@code Card | Bank Account}. */
    public static String typeName(JsonNode schema) {
        if (schema == null) {
            return "";
        }
        List<JsonNode> alternatives = alternatives(schema);
        if (!alternatives.isEmpty() && type(schema) == null) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < alternatives.size(); i++) {
                JsonNode title = alternatives.get(i).get("title");
                names.add(title != null ? title.asText() : typeName(alternatives.get(i)));
            }
            return String.join(" | ", names);
        }
        String type = type(schema);
        if (type == null) {
            type = alternatives.isEmpty() ? "any" : "object";
        }
        if ("array".equals(type)) {
            String items = typeName(schema.get("items"));
            return items.isEmpty() ? "array" : "array of " + items;
        }
        JsonNode format = schema.get("format");
        return format != null && format.isTextual() ? type + " (" + format.asText() + ")" : type;
    }

    /** The allowed values: {@code enum}, or the one {@code const}; empty when any value goes. */
    public static List<String> enumValues(JsonNode schema) {
        List<String> values = new ArrayList<>();
        if (schema == null) {
            return values;
        }
        JsonNode constant = schema.get("const");
        if (constant != null && !constant.isNull()) {
            values.add(constant.asText());
        }
        JsonNode options = schema.get("enum");
        if (options == null && "array".equals(type(schema)) && schema.get("items") != null) {
            options = schema.get("items").get("enum");
        }
        if (options != null && options.isArray()) {
            options.forEach(value -> {
                if (!value.isNull()) {
                    values.add(value.asText());
                }
            });
        }
        for (JsonNode alternative : alternatives(schema)) {
            for (String value : enumValues(alternative)) {
                if (!values.contains(value)) {
                    values.add(value);
                }
            }
        }
        return values;
    }
}
