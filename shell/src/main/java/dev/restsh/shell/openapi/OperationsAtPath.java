package dev.restsh.shell.openapi;

import dev.restsh.shell.request.UrlResolver;
import java.net.URI;
import java.util.List;
import java.util.Locale;

/**
 * The operations at a path typed by the user: the document's template itself ({@code /ips/{id}}), or a concrete
 * path it matches ({@code /ips/10.0.0.1}), relative to the base URL as requests are; of one method, or all.
 */
public final class OperationsAtPath {
    private OperationsAtPath() {}

    public static List<Operation> find(ApiDocument document, URI base, String method, String typed) {
        List<Operation> exact = document.operations().stream()
                .filter(operation -> operation.path().text().equals(typed))
                .filter(operation -> method == null || operation.method().equalsIgnoreCase(method))
                .toList();
        if (!exact.isEmpty()) {
            return exact;
        }
        URI url;
        try {
            url = UrlResolver.resolve(base, typed.replaceAll("[{}]", ""));
        } catch (RuntimeException notAUrl) {
            return List.of();
        }
        List<String> methods = method == null
                ? document.operations().stream()
                        .map(Operation::method)
                        .distinct()
                        .toList()
                : List.of(method.toUpperCase(Locale.ROOT));
        return methods.stream()
                .flatMap(each -> OperationFinder.find(document, base, each, url).stream())
                .toList();
    }
}
