package dev.restsh.shell.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Turns an OpenAPI 3.0 schema into plain JSON Schema (draft 4, which 3.0 extends): {@code nullable: true}
 * becomes a {@code "null"} type, since a JSON Schema validator does not know OpenAPI's keyword. 3.1 schemas are
 * JSON Schema 2020-12 already.
 */
final class SchemaNodes {
    private SchemaNodes() {}

    static JsonNode forValidation(JsonNode schema, boolean v31) {
        if (!v31) {
            convertNullable(schema);
        }
        plainNumbers(schema);
        return schema;
    }

    /**
     * The schema with the document's named schemas beside it when it still refers to one ({@code
     * #/components/schemas/Tree}), so that reference resolves within the schema as it does in the document.
     */
    static JsonNode withComponents(JsonNode schema, JsonNode components) {
        if (components == null
                || !(schema instanceof ObjectNode object)
                || object.has("components")
                || !schema.toString().contains("\"#/components/")) {
            return schema;
        }
        return object.deepCopy().set("components", components);
    }

    /**
     * The parser keeps numbers such as {@code maximum: 100} as decimals, which JSON Schema's messages would show as
     * {@code 1E+2}: whole ones become integers again.
     */
    private static void plainNumbers(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue() instanceof DecimalNode decimal
                        && decimal.decimalValue().stripTrailingZeros().scale() <= 0) {
                    field.setValue(BigIntegerNode.valueOf(decimal.decimalValue().toBigIntegerExact()));
                } else {
                    plainNumbers(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(SchemaNodes::plainNumbers);
        }
    }

    private static void convertNullable(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode nullable = object.get("nullable");
            if (nullable != null && nullable.isBoolean()) {
                object.remove("nullable"); // a keyword, not a property named "nullable" (that one is an object)
            }
            if (nullable != null
                    && nullable.asBoolean()
                    && object.get("type") != null
                    && object.get("type").isTextual()) {
                ArrayNode types =
                        object.arrayNode().add(object.get("type").asText()).add("null");
                object.set("type", types);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                convertNullable(fields.next().getValue());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(SchemaNodes::convertNullable);
        }
    }
}
