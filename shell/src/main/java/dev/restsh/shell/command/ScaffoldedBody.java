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
 * OpenAPI document ({@link BodyScaffold}), pretty-printed. Empty when no document is found (with discovery off:
 * none was loaded with {@code endpoints --spec}), or it has no such operation or no JSON body for it: the editor
 * then starts from {@code {}} as before.
 */
final class ScaffoldedBody {
    private ScaffoldedBody() {}

    static Optional<String> of(ShellContext context, RequestSpec request) {
        Optional<ApiDocument> document = document(context);
        if (document.isEmpty()) {
            return Optional.empty();
        }
        return OperationFinder.find(document.get(), context.session().base(), request.method(), request.url())
                .filter(operation -> isJson(operation.detail().bodyMediaType()))
                .map(operation -> BodyScaffold.of(operation.detail()))
                .map(ScaffoldedBody::pretty);
    }

    /** With discovery off, only a document already loaded (endpoints --spec URL); else found now if need be. */
    private static Optional<ApiDocument> document(ShellContext context) {
        if (!context.settings().openApiDiscovery()) {
            return context.openApi().ready();
        }
        try {
            return Optional.of(context.openApi().await());
        } catch (OpenApiException notFound) {
            return Optional.empty();
        }
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
