package dev.restsh.shell.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * What the document says about writing a request to an operation, beyond what matching and response validation
 * need: the parameters' schemas, the request body (its media type, schema, whether it is required, an example
 * when the document gives one) and the responses' descriptions. Schemas are plain Jackson trees with references
 * resolved; a missing part is null (or an empty map).
 */
public record OperationDetail(
        Map<String, JsonNode> parameterSchemas,
        String bodyMediaType,
        JsonNode bodySchema,
        boolean bodyRequired,
        JsonNode bodyExample,
        Map<String, String> responseDescriptions) {

    public static final OperationDetail NONE = new OperationDetail(Map.of(), null, null, false, null, Map.of());

    /** The schema of a parameter by place and name ({@code query}, {@code limit}), or null. */
    public JsonNode parameterSchema(String in, String name) {
        return parameterSchemas.get(in + " " + name);
    }

    public boolean hasBody() {
        return bodyMediaType != null;
    }
}
