package dev.restsh.shell.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads what each operation of a parsed document accepts (parameters and body schemas), for pre-flight checks. */
final class RequestShapes {
    private RequestShapes() {}

    static Map<String, RequestShape> read(OpenAPI api, ObjectMapper mapper, boolean v31) {
        Map<String, RequestShape> shapes = new LinkedHashMap<>();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> shapes.put(
                                RequestShape.key(method.name(), path),
                                new RequestShape(
                                        inputs(item, operation.getParameters(), mapper, v31),
                                        operation.getRequestBody() != null
                                                && Boolean.TRUE.equals(operation
                                                        .getRequestBody()
                                                        .getRequired()),
                                        bodies(operation.getRequestBody(), mapper, v31)))));
        return shapes;
    }

    private static List<RequestShape.Input> inputs(
            PathItem item, List<Parameter> own, ObjectMapper mapper, boolean v31) {
        Map<String, RequestShape.Input> byKey = new LinkedHashMap<>();
        for (Parameter parameter : declared(item, own)) {
            String in = parameter.getIn().toLowerCase(Locale.ROOT);
            JsonNode schema = parameter.getSchema() == null
                    ? null
                    : SchemaNodes.forValidation(mapper.valueToTree(parameter.getSchema()), v31);
            // An operation's parameter replaces the path item's one of the same name and place.
            byKey.put(
                    in + " " + parameter.getName(),
                    new RequestShape.Input(
                            parameter.getName(),
                            in,
                            "path".equals(in) || Boolean.TRUE.equals(parameter.getRequired()),
                            schema));
        }
        return List.copyOf(byKey.values());
    }

    /** The path item's parameters, then the operation's own (which replace them by name and place), named ones only. */
    static List<Parameter> declared(PathItem item, List<Parameter> own) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (own != null) {
            all.addAll(own);
        }
        all.removeIf(parameter -> parameter.getName() == null || parameter.getIn() == null);
        return all;
    }

    private static Map<String, JsonNode> bodies(RequestBody body, ObjectMapper mapper, boolean v31) {
        Map<String, JsonNode> byType = new LinkedHashMap<>();
        if (body == null || body.getContent() == null) {
            return byType;
        }
        body.getContent()
                .forEach((type, media) -> byType.put(
                        type.toLowerCase(Locale.ROOT),
                        media.getSchema() == null
                                ? null
                                : SchemaNodes.forValidation(mapper.valueToTree(media.getSchema()), v31)));
        return byType;
    }
}
