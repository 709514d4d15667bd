package dev.restsh.shell.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.http.UrlCredentials;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.render.MediaTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a response against the operation it answered: is its status declared, is its media type declared, does
 * its JSON body match the schema. Every violation is listed, each with its JSON path.
 */
public final class ResponseValidator {
    private final ApiDocument document;

    public ResponseValidator(ApiDocument document) {
        this.document = document;
    }

    /** The operation that was checked, and what is wrong (empty when the response conforms). */
    public record Result(Operation operation, List<Violation> violations) {}

    public Result validate(Response response) {
        String method = response.request().method();
        String path = response.url().getPath() == null ? "/" : response.url().getPath();
        String relative = document.relativeToServer(path);
        Operation operation = document.match(method, relative)
                .orElseThrow(() -> RestshException.usage("no operation " + method + " " + relative
                        + " in the OpenAPI document (" + UrlCredentials.shown(document.source()) + ")"));
        List<Violation> violations = new ArrayList<>();
        String declared = operation.declaredStatus(response.status());
        if (declared == null) {
            violations.add(new Violation(
                    "status",
                    "status " + response.status() + " is not declared (declared: "
                            + String.join(", ", operation.responses().keySet()) + ")"));
            return new Result(operation, violations);
        }
        Map<String, JsonNode> contents = operation.responses().get(declared);
        if (contents.isEmpty() || response.body().size() == 0) {
            return new Result(operation, violations);
        }
        String type = response.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        String mediaType = matchingMediaType(contents, type);
        if (mediaType == null) {
            violations.add(new Violation(
                    "content-type",
                    "'" + type + "' is not declared for " + declared + " (declared: "
                            + String.join(", ", contents.keySet()) + ")"));
            return new Result(operation, violations);
        }
        if (MediaTypes.isJson(type)) {
            violations.addAll(schemaViolations(
                    document,
                    contents.get(mediaType),
                    Json.parse(response.body().bytes())));
        }
        return new Result(operation, violations);
    }

    /** The declared media type a sent one falls under: itself, its range ({@code text/*}), or {@code *}{@code /*}. */
    static String matchingMediaType(Map<String, JsonNode> contents, String type) {
        for (String declared : contents.keySet()) {
            if (declared.equalsIgnoreCase(type)) {
                return declared;
            }
        }
        String range = type.contains("/") ? type.substring(0, type.indexOf('/')) + "/*" : type;
        for (String declared : contents.keySet()) {
            if (declared.equalsIgnoreCase(range) || declared.equals("*/*")) {
                return declared;
            }
        }
        return null;
    }

    /** Every way a JSON value differs from a schema of this document, each with its JSON path, in path order. */
    static List<Violation> schemaViolations(ApiDocument document, JsonNode schemaNode, JsonNode body) {
        SpecVersion.VersionFlag version =
                document.jsonSchema2020() ? SpecVersion.VersionFlag.V202012 : SpecVersion.VersionFlag.V4;
        JsonSchema schema = JsonSchemaFactory.getInstance(version).getSchema(schemaNode);
        return DeepStack.call(() -> schema.validate(body), "validate").stream()
                .sorted(Comparator.comparing((ValidationMessage message) ->
                                message.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .map(ResponseValidator::violation)
                .distinct() // the branches of a oneOf may say the same thing
                .toList();
    }

    private static Violation violation(ValidationMessage message) {
        String where = message.getInstanceLocation().toString();
        String text = message.getMessage();
        // The validator starts its messages with the location: say it once.
        return new Violation(where, text.startsWith(where + ": ") ? text.substring(where.length() + 2) : text);
    }
}
