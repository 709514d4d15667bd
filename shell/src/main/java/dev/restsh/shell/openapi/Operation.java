package dev.restsh.shell.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One operation of an API description, reduced to what the shell uses: its method and path template, summary,
 * parameters, and the JSON schemas of its responses by status ({@code 200}, {@code 4XX}, {@code default}) and
 * media type; {@link OperationDetail} holds what writing a request needs.
 */
public record Operation(
        String method,
        PathTemplate path,
        String summary,
        List<Parameter> parameters,
        Map<String, Map<String, JsonNode>> responses,
        OperationDetail detail) {

    /** An operation whose document gives nothing more than the response schemas. */
    public Operation(
            String method,
            PathTemplate path,
            String summary,
            List<Parameter> parameters,
            Map<String, Map<String, JsonNode>> responses) {
        this(method, path, summary, parameters, responses, OperationDetail.NONE);
    }

    /** A parameter: where it goes ({@code path}, {@code query}, {@code header}, {@code cookie}) and its type. */
    public record Parameter(String name, String in, boolean required, String type, String description) {}

    public List<Parameter> parameters(String in) {
        return parameters.stream()
                .filter(parameter -> parameter.in().equals(in))
                .toList();
    }

    /** The response key declared for a status: the exact code, then its range ({@code 2XX}), then default. */
    public String declaredStatus(int status) {
        String exact = Integer.toString(status);
        if (responses.containsKey(exact)) {
            return exact;
        }
        String range = (status / 100) + "XX";
        for (String key : responses.keySet()) {
            if (key.equalsIgnoreCase(range)) {
                return key;
            }
        }
        return responses.containsKey("default") ? "default" : null;
    }
}
