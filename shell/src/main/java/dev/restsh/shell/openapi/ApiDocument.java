package dev.restsh.shell.openapi;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** An API description loaded from an OpenAPI document: where it came from and its operations. */
public record ApiDocument(
        URI source,
        String title,
        String version,
        boolean jsonSchema2020,
        List<Operation> operations,
        Map<String, RequestShape> requestShapes) {

    /** A document whose operations' requests are not described (nothing to check before sending). */
    public ApiDocument(URI source, String title, String version, boolean jsonSchema2020, List<Operation> operations) {
        this(source, title, version, jsonSchema2020, operations, Map.of());
    }

    /** What an operation accepts: its parameters and body schemas ({@link RequestShape#NONE} when unknown). */
    public RequestShape requestShape(Operation operation) {
        return requestShapes.getOrDefault(
                RequestShape.key(operation.method(), operation.path().text()), RequestShape.NONE);
    }

    /**
     * The operation a request to this concrete path (no query) went to, the path taken as it is or, when no
     * template fits it so, relative to the folder the document was found in (its paths may be relative to it).
     */
    public Optional<Operation> operationFor(String method, String path) {
        return match(method, relativeToServer(path));
    }

    /** The document's paths are relative to its server URL: drop the base path the document was found under. */
    String relativeToServer(String path) {
        for (PathTemplate template : paths()) {
            if (template.matches(path)) {
                return path;
            }
        }
        String prefix = sourceFolder();
        return !prefix.isEmpty() && path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    /**
     * The path of the folder the document was found in ({@code /api} for {@code /api/openapi.json}, empty at the
     * root): its paths may be relative to it, as to a server URL.
     */
    public String sourceFolder() {
        String path = source.getPath();
        int cut = path == null ? -1 : path.lastIndexOf('/');
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /**
     * Parses an OpenAPI 3.0 or 3.1 document, or a Swagger 2.0 one (converted to 3.0), JSON or YAML; throws
     * {@link OpenApiException} if it is none of them.
     */
    public static ApiDocument parse(String text, URI source) {
        return SwaggerModelReader.read(text, source);
    }

    /** The operation a request went to: method and path, the most specific template first. */
    public Optional<Operation> match(String method, String path) {
        return operations.stream()
                .filter(operation -> operation.method().equals(method.toUpperCase(Locale.ROOT)))
                .filter(operation -> operation.path().matches(path))
                .max(Comparator.comparingInt(operation -> operation.path().literalCount()));
    }

    /** The path templates, each once, in document order. */
    public List<PathTemplate> paths() {
        return operations.stream().map(Operation::path).distinct().toList();
    }
}
