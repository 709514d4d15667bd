package dev.restsh.shell.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a document with swagger-parser (references resolved; Swagger 2.0 converted to OpenAPI 3.0 first) into the shell's own small model, so the rest of
 * the shell never touches swagger's classes and they load only when a document does.
 */
final class SwaggerModelReader {
    private SwaggerModelReader() {}

    static ApiDocument read(String text, URI source) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        boolean swaggerTwo = SwaggerTwoConverter.isSwaggerTwo(text);
        SwaggerParseResult result = swaggerTwo
                ? SwaggerTwoConverter.convert(text, options)
                : new OpenAPIV3Parser().readContents(text, null, options);
        OpenAPI api = result.getOpenAPI();
        if (api == null || api.getPaths() == null) {
            List<String> messages = result.getMessages() == null ? List.of() : result.getMessages();
            throw new OpenApiException((swaggerTwo ? "not a Swagger 2.0 document" : "not an OpenAPI 3 document")
                    + (messages.isEmpty() ? "" : ": " + messages.get(0)));
        }
        boolean v31 = api.getOpenapi() != null && api.getOpenapi().startsWith("3.1");
        ObjectMapper mapper = v31 ? Json31.mapper() : Json.mapper();
        OperationDetailReader details = new OperationDetailReader(mapper);
        List<Operation> operations = new ArrayList<>();
        JsonNode components = components(api, mapper, v31);
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> operations.add(new Operation(
                                method.name(),
                                PathTemplate.of(path),
                                operation.getSummary() != null
                                        ? operation.getSummary()
                                        : firstLine(operation.getDescription()),
                                parameters(item, operation.getParameters()),
                                responses(operation.getResponses(), mapper, v31, components),
                                details.read(item, operation)))));
        String title = api.getInfo() == null ? "" : api.getInfo().getTitle();
        String version = api.getInfo() == null ? "" : api.getInfo().getVersion();
        return new ApiDocument(
                source, title, version, v31, List.copyOf(operations), RequestShapes.read(api, mapper, v31));
    }

    private static List<Operation.Parameter> parameters(PathItem item, List<Parameter> own) {
        Map<String, Operation.Parameter> byKey = new LinkedHashMap<>();
        for (Parameter parameter : RequestShapes.declared(item, own)) {
            Schema<?> schema = parameter.getSchema();
            String type = schema == null ? null : schema.getType();
            if (type == null
                    && schema != null
                    && schema.getTypes() != null
                    && !schema.getTypes().isEmpty()) {
                type = schema.getTypes().iterator().next();
            }
            // An operation's parameter replaces the path item's one of the same name and place.
            byKey.put(
                    parameter.getIn() + " " + parameter.getName(),
                    new Operation.Parameter(
                            parameter.getName(),
                            parameter.getIn().toLowerCase(Locale.ROOT),
                            Boolean.TRUE.equals(parameter.getRequired()),
                            type,
                            firstLine(parameter.getDescription())));
        }
        return List.copyOf(byKey.values());
    }

    /**
     * The document's named schemas as {@code {"schemas": {...}}}, or null: a recursive schema (a tree, a comment
     * with replies) cannot be inlined, so swagger-parser leaves its {@code $ref} to itself in place.
     */
    private static JsonNode components(OpenAPI api, ObjectMapper mapper, boolean v31) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return null;
        }
        com.fasterxml.jackson.databind.node.ObjectNode schemas = mapper.createObjectNode();
        api.getComponents()
                .getSchemas()
                .forEach((name, schema) ->
                        schemas.set(name, SchemaNodes.forValidation(mapper.valueToTree(schema), v31)));
        return mapper.createObjectNode().set("schemas", schemas);
    }

    private static Map<String, Map<String, JsonNode>> responses(
            Map<String, ApiResponse> responses, ObjectMapper mapper, boolean v31, JsonNode components) {
        Map<String, Map<String, JsonNode>> byStatus = new LinkedHashMap<>();
        if (responses == null) {
            return byStatus;
        }
        responses.forEach((status, response) -> {
            Map<String, JsonNode> byType = new LinkedHashMap<>();
            Content content = response.getContent();
            if (content != null) {
                content.forEach((type, media) -> {
                    if (media.getSchema() != null) {
                        JsonNode schema = SchemaNodes.forValidation(mapper.valueToTree(media.getSchema()), v31);
                        byType.put(type, SchemaNodes.withComponents(schema, components));
                    }
                });
            }
            byStatus.put(status, byType);
        });
        return byStatus;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
