package dev.restsh.shell.command;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.openapi.ApiDocument;
import dev.restsh.shell.openapi.BodyScaffold;
import dev.restsh.shell.openapi.OpenApiException;
import dev.restsh.shell.openapi.OperationFinder;
import java.util.Optional;

/**
 * The body {@code edit METHOD URL} starts from when the line gives none: the operation's scaffold from the API's
 * OpenAPI document ({@link BodyScaffold}), pretty-printed. Empty when discovery is off, no document is found, or
 * the document has no such operation or no JSON body for it: the editor then starts from {@code {}} as before.
 */
final class ScaffoldedBody {
    private ScaffoldedBody() {}

    static Optional<String> of(ShellContext context, RequestSpec request) {
        if (!context.settings().openApiDiscovery()) {
            return Optional.empty();
        }
        ApiDocument document;
        try {
            document = context.openApi().await();
        } catch (OpenApiException notFound) {
            return Optional.empty();
        }
        return OperationFinder.find(document, context.session().base(), request.method(), request.url())
                .filter(operation -> isJson(operation.detail().bodyMediaType()))
                .map(operation -> BodyScaffold.of(operation.detail()))
                .map(ScaffoldedBody::pretty);
    }

    private static boolean isJson(String mediaType) {
        return mediaType != null && (mediaType.contains("json") || mediaType.equals("*/*"));
    }

    private static String pretty(JsonNode body) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(body) + "\n";
        } catch (JsonProcessingException cannot) {
            return body.toString() + "\n";
        }
    }
}
