package dev.restsh.shell.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restsh.shell.render.MediaTypes;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads an operation's {@link OperationDetail} from swagger-parser's model (references already resolved). */
final class OperationDetailReader {
    private final ObjectMapper mapper;

    OperationDetailReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    OperationDetail read(PathItem item, io.swagger.v3.oas.models.Operation operation) {
        Map<String, JsonNode> parameterSchemas = new LinkedHashMap<>();
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        for (Parameter parameter : parameters) {
            if (parameter.getName() != null && parameter.getIn() != null && parameter.getSchema() != null) {
                parameterSchemas.put(
                        parameter.getIn().toLowerCase(Locale.ROOT) + " " + parameter.getName(),
                        mapper.valueToTree(parameter.getSchema()));
            }
        }
        Map<String, String> responses = new LinkedHashMap<>();
        if (operation.getResponses() != null) {
            for (Map.Entry<String, ApiResponse> response :
                    operation.getResponses().entrySet()) {
                String description = response.getValue().getDescription();
                responses.put(response.getKey(), description == null ? "" : firstLine(description));
            }
        }
        RequestBody body = operation.getRequestBody();
        if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
            return new OperationDetail(parameterSchemas, null, null, false, null, responses);
        }
        Map.Entry<String, MediaType> chosen = body.getContent().entrySet().stream()
                .filter(entry -> MediaTypes.isJson(entry.getKey()))
                .findFirst()
                .orElse(body.getContent().entrySet().iterator().next());
        MediaType media = chosen.getValue();
        JsonNode schema = media.getSchema() == null ? null : mapper.valueToTree(media.getSchema());
        return new OperationDetail(
                parameterSchemas,
                chosen.getKey(),
                schema,
                Boolean.TRUE.equals(body.getRequired()),
                example(media),
                responses);
    }

    /** The media type's example, else its first named example's value; null when it has none. */
    private JsonNode example(MediaType media) {
        if (media.getExample() != null) {
            return mapper.valueToTree(media.getExample());
        }
        if (media.getExamples() != null) {
            for (Example example : media.getExamples().values()) {
                if (example != null && example.getValue() != null) {
                    return mapper.valueToTree(example.getValue());
                }
            }
        }
        return null;
    }

    static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline);
    }
}
