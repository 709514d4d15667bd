package dev.restsh.shell.openapi;

import java.net.URI;
import java.util.Optional;

/**
 * The operation a request goes to. The document's paths may be written relative to the base URL's path (an API
 * under {@code http://host/v1.51/} whose document says {@code /containers/create}) or from the host's root, so
 * both readings are tried, the one relative to the base first.
 */
public final class OperationFinder {
    private OperationFinder() {}

    public static Optional<Operation> find(ApiDocument document, URI base, String method, URI url) {
        String path = url.getPath() == null || url.getPath().isEmpty() ? "/" : url.getPath();
        String basePath = base.getPath() == null ? "" : base.getPath().replaceAll("/+$", "");
        String relative = !basePath.isEmpty() && path.startsWith(basePath) ? path.substring(basePath.length()) : path;
        return document.match(method, relative).or(() -> document.match(method, path));
    }
}
