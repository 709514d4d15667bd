package dev.restsh.shell.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * What an operation accepts, for checking a request before it is sent: its parameters with their JSON schemas, and
 * its body's schemas by media type (empty when the operation declares no body).
 */
public record RequestShape(List<Input> parameters, boolean bodyRequired, Map<String, JsonNode> bodies) {
    public static final RequestShape NONE = new RequestShape(List.of(), false, Map.of());

    /** A parameter: where it goes ({@code path}, {@code query}, {@code header}, {@code cookie}) and its schema. */
    public record Input(String name, String in, boolean required, JsonNode schema) {}

    public List<Input> parameters(String in) {
        return parameters.stream().filter(input -> input.in().equals(in)).toList();
    }

    /** The key of an operation in {@link ApiDocument#requestShapes()}. */
    static String key(String method, String pathTemplate) {
        return method + " " + pathTemplate;
    }
}
