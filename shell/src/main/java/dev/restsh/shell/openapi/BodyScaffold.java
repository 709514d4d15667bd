package dev.restsh.shell.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A starting body for an operation: the document's own example when it has one (the media type's, else the
 * schema's), else one made from the schema: the required properties, each with a value of its type (its example,
 * default or first enum value when the schema gives one, else a placeholder such as {@code "string"}, {@code 0}).
 * Optional properties are left out, since JSON has no comments to offer them in, except a {@code const} one (it
 * says which {@code oneOf} alternative the body is: the first) and except when nothing is required: then every
 * property is written, so the body still shows what the operation takes.
 */
public final class BodyScaffold {
    /** Nested objects deeper than this are left as {@code {}}: enough for real documents, safe from recursion. */
    private static final int MAX_DEPTH = 6;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BodyScaffold() {}

    /** The scaffold, or null when the operation takes no body or its body is not described. */
    public static JsonNode of(OperationDetail detail) {
        if (!detail.hasBody()) {
            return null;
        }
        if (detail.bodyExample() != null) {
            return detail.bodyExample();
        }
        JsonNode schema = detail.bodySchema();
        if (schema == null) {
            return null;
        }
        JsonNode example = example(schema);
        return example != null ? example : value(schema, 0);
    }

    /** The schema's own example: {@code example}, else the first of 3.1's {@code examples}; null without one. */
    private static JsonNode example(JsonNode schema) {
        JsonNode example = schema.get("example");
        if (example != null && !example.isNull()) {
            return example;
        }
        JsonNode examples = schema.get("examples");
        return examples != null && examples.isArray() && !examples.isEmpty() ? examples.get(0) : null;
    }

    private static JsonNode value(JsonNode schema, int depth) {
        JsonNode given = example(schema);
        if (given == null) {
            given = schema.get("default");
        }
        if (given != null && !given.isNull()) {
            return given;
        }
        JsonNode constant = schema.get("const");
        if (constant != null) {
            return constant;
        }
        JsonNode options = schema.get("enum");
        if (options != null && options.isArray() && !options.isEmpty()) {
            return options.get(0);
        }
        String type = SchemaShape.type(schema);
        List<JsonNode> alternatives = SchemaShape.alternatives(schema);
        if (type == null && !alternatives.isEmpty()) {
            return value(alternatives.get(0), depth + 1);
        }
        if (type == null) {
            return NODES.objectNode();
        }
        switch (type) {
            case "object":
                return object(schema, depth);
            case "array":
                ArrayNode array = NODES.arrayNode();
                JsonNode items = schema.get("items");
                if (items != null && depth < MAX_DEPTH) {
                    array.add(value(items, depth + 1));
                }
                return array;
            case "integer":
                return NODES.numberNode(0);
            case "number":
                return NODES.numberNode(0.0);
            case "boolean":
                return NODES.booleanNode(false);
            case "null":
                return NODES.nullNode();
            default:
                return NODES.textNode(placeholder(schema));
        }
    }

    /** An object's required properties (every property when none is), the first oneOf alternative's included. */
    private static ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth >= MAX_DEPTH) {
            return object;
        }
        JsonNode chosen = schema;
        List<JsonNode> alternatives = SchemaShape.alternatives(schema);
        if (!alternatives.isEmpty()) {
            // The first alternative stands for the others: its required properties count as required here.
            ObjectNode merged = NODES.objectNode();
            merged.set(
                    "allOf", NODES.arrayNode().add(withoutAlternatives(schema)).add(alternatives.get(0)));
            chosen = merged;
        }
        List<SchemaShape.Field> fields = SchemaShape.fields(chosen).stream()
                .filter(field -> field.alternative() == null)
                .toList();
        boolean anyRequired = fields.stream().anyMatch(SchemaShape.Field::required);
        for (SchemaShape.Field field : fields) {
            if (field.required() || !anyRequired || field.schema().has("const")) {
                object.set(field.name(), value(field.schema(), depth + 1));
            }
        }
        return object;
    }

    private static JsonNode withoutAlternatives(JsonNode schema) {
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        copy.remove("oneOf");
        copy.remove("anyOf");
        return copy;
    }

    /** A string that says what is expected: a value of the format ({@code 2024-01-31}), else the word "string". */
    private static String placeholder(JsonNode schema) {
        JsonNode format = schema.get("format");
        String name = format == null ? "" : format.asText();
        switch (name) {
            case "date-time":
                return "2024-01-31T12:00:00Z";
            case "date":
                return "2024-01-31";
            case "uuid":
                return "00000000-0000-0000-0000-000000000000";
            case "email":
                return "user@example.com";
            case "ipv4":
                return "192.0.2.1";
            case "ipv6":
                return "2001:db8::1";
            case "uri":
            case "url":
                return "https://example.com/";
            default:
                return "string";
        }
    }
}
