package dev.restsh.shell.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.List;

/**
 * A parameter's text (from a path, a query or a header) as the JSON value its schema describes, so that the schema
 * can check it: {@code 42} is a number where the schema wants one, repeated query values an array. Text that is no
 * such value stays a string, which the schema then reports ("string found, integer expected").
 */
final class ParameterValues {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ParameterValues() {}

    static JsonNode of(List<String> values, JsonNode schema) {
        if (schema != null && hasType(schema, "array")) {
            ArrayNode array = NODES.arrayNode();
            JsonNode items = schema.get("items");
            values.forEach(value -> array.add(scalar(value, items)));
            return array;
        }
        return scalar(values.get(values.size() - 1), schema);
    }

    private static JsonNode scalar(String text, JsonNode schema) {
        if (schema == null) {
            return NODES.textNode(text);
        }
        if (hasType(schema, "integer") || hasType(schema, "number")) {
            try {
                BigDecimal number = new BigDecimal(text.strip());
                return number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0
                        ? NODES.numberNode(number.toBigIntegerExact())
                        : NODES.numberNode(number);
            } catch (NumberFormatException | ArithmeticException notANumber) {
                return NODES.textNode(text);
            }
        }
        if (hasType(schema, "boolean") && (text.equals("true") || text.equals("false"))) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return NODES.textNode(text);
    }

    /** True when the schema's {@code type} is this one, or a list that holds it (3.1, or 3.0's nullable). */
    private static boolean hasType(JsonNode schema, String type) {
        JsonNode declared = schema.get("type");
        if (declared == null) {
            return false;
        }
        if (declared.isArray()) {
            for (JsonNode one : declared) {
                if (type.equals(one.asText())) {
                    return true;
                }
            }
            return false;
        }
        return type.equals(declared.asText());
    }
}
