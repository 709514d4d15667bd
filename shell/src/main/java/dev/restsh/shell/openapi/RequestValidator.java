package dev.restsh.shell.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.render.MediaTypes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks a request against the operation it goes to, before it is sent: path parameters, query parameters (an
 * unknown one only where the operation lists some), header parameters and a JSON body against their schemas.
 * Every violation has a place: {@code path.ip}, {@code query.limit}, {@code header.X-Trace}, {@code $.label}.
 */
public final class RequestValidator {
    /** OpenAPI: header parameters of these names are ignored (the request's media types and credentials). */
    private static final Set<String> RESERVED_HEADERS = Set.of("accept", "content-type", "authorization");

    private final ApiDocument document;

    public RequestValidator(ApiDocument document) {
        this.document = document;
    }

    /** The operation the request goes to (null when none fits: then that is the one violation), and what is wrong. */
    public record Result(Operation operation, List<Violation> violations) {}

    public Result validate(RequestSpec request) {
        String method = request.method().toUpperCase(Locale.ROOT);
        String path =
                request.url().getRawPath() == null || request.url().getRawPath().isEmpty()
                        ? "/"
                        : request.url().getRawPath();
        String relative = document.relativeToServer(path);
        Operation operation = document.match(method, relative).orElse(null);
        if (operation == null) {
            return new Result(
                    null,
                    List.of(new Violation(
                            "path", "no operation " + method + " " + relative + " in the OpenAPI document")));
        }
        RequestShape shape = document.requestShape(operation);
        List<Violation> violations = new ArrayList<>();
        pathParameters(operation.path(), relative, shape, violations);
        queryParameters(request.url().getRawQuery(), shape, violations);
        headerParameters(request, shape, violations);
        body(request, shape, violations);
        return new Result(operation, violations);
    }

    private void pathParameters(PathTemplate template, String path, RequestShape shape, List<Violation> violations) {
        List<String> actual = PathTemplate.of(path).segments();
        for (int i = 0; i < template.segments().size() && i < actual.size(); i++) {
            String segment = template.segments().get(i);
            if (!PathTemplate.isParameter(segment)) {
                continue;
            }
            String name = segment.substring(1, segment.length() - 1);
            List<String> value = List.of(decode(actual.get(i)));
            shape.parameters("path").stream()
                    .filter(input -> input.name().equals(name))
                    .findFirst()
                    .ifPresent(input -> check(input, value, violations));
        }
    }

    private void queryParameters(String rawQuery, RequestShape shape, List<Violation> violations) {
        Map<String, List<String>> given = query(rawQuery);
        List<RequestShape.Input> declared = shape.parameters("query");
        for (RequestShape.Input input : declared) {
            List<String> values = given.get(input.name());
            if (values == null) {
                if (input.required()) {
                    violations.add(new Violation("query." + input.name(), "required query parameter is missing"));
                }
            } else {
                check(input, values, violations);
            }
        }
        if (declared.isEmpty()) {
            return; // an operation that lists no query parameters says nothing about them
        }
        for (String name : given.keySet()) {
            if (declared.stream().noneMatch(input -> input.name().equals(name))) {
                violations.add(new Violation(
                        "query." + name,
                        "unknown query parameter (known: "
                                + String.join(
                                        ", ",
                                        declared.stream()
                                                .map(RequestShape.Input::name)
                                                .toList())
                                + ")"));
            }
        }
    }

    private void headerParameters(RequestSpec request, RequestShape shape, List<Violation> violations) {
        for (RequestShape.Input input : shape.parameters("header")) {
            if (RESERVED_HEADERS.contains(input.name().toLowerCase(Locale.ROOT))) {
                continue;
            }
            List<String> values = request.headers().all(input.name());
            if (values.isEmpty()) {
                if (input.required()) {
                    violations.add(new Violation("header." + input.name(), "required header is missing"));
                }
            } else {
                check(input, values, violations);
            }
        }
    }

    private void body(RequestSpec request, RequestShape shape, List<Violation> violations) {
        byte[] body = request.body();
        if (body.length == 0) {
            if (shape.bodyRequired()) {
                violations.add(new Violation("body", "a request body is required"));
            }
            return;
        }
        if (shape.bodies().isEmpty()) {
            return; // no body declared: nothing known to check it against
        }
        String type = MediaTypes.essence(request.headers().first("Content-Type").orElse(""));
        String declared = ResponseValidator.matchingMediaType(shape.bodies(), type);
        if (declared == null) {
            violations.add(new Violation(
                    "content-type",
                    "'" + type + "' is not declared for the request body (declared: "
                            + String.join(", ", shape.bodies().keySet()) + ")"));
            return;
        }
        JsonNode schema = shape.bodies().get(declared);
        if (schema == null || !MediaTypes.isJson(type)) {
            return;
        }
        JsonNode json;
        try {
            json = Json.parse(body);
        } catch (RuntimeException notJson) {
            violations.add(new Violation("body", "not valid JSON"));
            return;
        }
        violations.addAll(ResponseValidator.schemaViolations(document, schema, json));
    }

    /** A parameter's values against its schema; the schema's {@code $} is the parameter's place. */
    private void check(RequestShape.Input input, List<String> values, List<Violation> violations) {
        if (input.schema() == null) {
            return;
        }
        String place = input.in() + "." + input.name();
        for (Violation violation : ResponseValidator.schemaViolations(
                document, input.schema(), ParameterValues.of(values, input.schema()))) {
            String where = violation.where();
            violations.add(
                    new Violation(where.startsWith("$") ? place + where.substring(1) : place, violation.message()));
        }
    }

    private static Map<String, List<String>> query(String rawQuery) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            values.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return values;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
