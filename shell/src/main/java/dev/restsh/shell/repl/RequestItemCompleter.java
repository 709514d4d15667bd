package dev.restsh.shell.repl;

import dev.restsh.shell.openapi.ApiDocument;
import dev.restsh.shell.openapi.Operation;
import dev.restsh.shell.openapi.OperationFinder;
import dev.restsh.shell.openapi.PathTemplate;
import dev.restsh.shell.openapi.SchemaShape;
import dev.restsh.shell.request.UrlResolver;
import dev.restsh.shell.session.Session;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jline.reader.Candidate;

/**
 * Completes the words of a request command: the URL from the OpenAPI document's paths (path parameters kept
 * as typed), then request items: the operation's query and header parameters, its JSON body's fields
 * ({@link BodyFieldCompleter}), common headers and their values, and the enum values the document lists.
 */
final class RequestItemCompleter {
    private final Session session;

    RequestItemCompleter(Session session) {
        this.session = session;
    }

    void completeUrl(String word, Optional<ApiDocument> document, List<Candidate> candidates) {
        if (document.isEmpty() || !(word.isEmpty() || word.startsWith("/"))) {
            return;
        }
        Map<PathTemplate, PathTemplate> paths = relativeToBase(document.get());
        for (Map.Entry<PathTemplate, PathTemplate> path : paths.entrySet()) {
            PathTemplate template = path.getKey();
            String completion = template.complete(word.isEmpty() ? "/" : word);
            if (completion == null) {
                continue;
            }
            boolean extended =
                    paths.keySet().stream().anyMatch(other -> other.text().startsWith(template.text() + "/"));
            candidates.add(new Candidate(
                    completion,
                    completion,
                    "paths",
                    describe(document.get(), path.getValue()),
                    null,
                    null,
                    !extended && !completion.contains("{")));
        }
    }

    /**
     * The document's paths as they must be typed: a leading-slash path is resolved against the base URL's path, so
     * with a base of {@code http://h/ips/} the operation {@code /ips/{ip}} is typed {@code /{ip}}, and operations
     * outside the base are left out. The document's paths may be relative to the folder it was found in (its server
     * URL). When no path lies under the base, the paths are taken as relative to it already.
     */
    private Map<PathTemplate, PathTemplate> relativeToBase(ApiDocument document) {
        Map<PathTemplate, PathTemplate> asIs = new LinkedHashMap<>();
        document.paths().forEach(template -> asIs.put(template, template));
        String basePath = basePath();
        if (basePath.isEmpty()) {
            return asIs;
        }
        String prefix = document.sourceFolder();
        Map<PathTemplate, PathTemplate> reachable = new LinkedHashMap<>();
        for (PathTemplate template : document.paths()) {
            for (String absolute : List.of(template.text(), prefix + template.text())) {
                if (absolute.startsWith(basePath + "/")) {
                    reachable.put(PathTemplate.of(absolute.substring(basePath.length())), template);
                    break;
                }
            }
        }
        return reachable.isEmpty() ? asIs : reachable;
    }

    /** The base URL's path without its trailing slashes: empty at the root. */
    private String basePath() {
        String path = session.base().getPath();
        return path == null ? "" : path.replaceAll("/+$", "");
    }

    void completeItem(
            String method, String url, String word, Optional<ApiDocument> document, List<Candidate> candidates) {
        Optional<Operation> found = operation(method, url, document);
        int colon = word.indexOf(':');
        if (colon > 0 && !word.startsWith(word.substring(0, colon) + ":=")) {
            String header = word.substring(0, colon);
            List<String> values = new ArrayList<>(HeaderCatalog.values(header));
            found.ifPresent(operation -> operation.parameters("header").stream()
                    .filter(parameter -> parameter.name().equalsIgnoreCase(header))
                    .forEach(parameter -> values.addAll(
                            SchemaShape.enumValues(operation.detail().parameterSchema("header", parameter.name())))));
            for (String value : values) {
                candidates.add(
                        new Candidate(header + ":" + value, value, "values", null, null, null, !value.endsWith(" ")));
            }
            return;
        }
        if (word.contains("=")) {
            found.ifPresent(operation -> values(operation, word, candidates));
            return;
        }
        Set<String> offered = new LinkedHashSet<>();
        found.ifPresent(operation -> {
            if (!word.contains("[")) {
                for (Operation.Parameter parameter : operation.parameters("query")) {
                    add(candidates, offered, parameter.name() + "==", "query", describe(parameter));
                }
                for (Operation.Parameter parameter : operation.parameters("header")) {
                    add(candidates, offered, parameter.name() + ":", "headers", describe(parameter));
                }
            }
            BodyFieldCompleter.names(operation, word, candidates);
        });
        for (String header : HeaderCatalog.COMMON.keySet()) {
            add(candidates, offered, header + ":", "headers", null);
        }
    }

    /** After {@code name==}: the query parameter's enum values; after {@code field=}: the body field's. */
    private static void values(Operation operation, String word, List<Candidate> candidates) {
        int query = word.indexOf("==");
        if (query > 0) {
            String name = word.substring(0, query);
            for (String value : SchemaShape.enumValues(operation.detail().parameterSchema("query", name))) {
                candidates.add(new Candidate(name + "==" + value, value, "values", null, null, null, true));
            }
            return;
        }
        BodyFieldCompleter.values(operation, word, candidates);
    }

    private Optional<Operation> operation(String method, String url, Optional<ApiDocument> document) {
        if (document.isEmpty() || url == null) {
            return Optional.empty();
        }
        try {
            // {{ip}} and {ip} stand for a path parameter's value: any value finds the operation.
            URI resolved = UrlResolver.resolve(session.base(), url.replaceAll("\\{\\{?[^{}/]*}}?", "_"));
            return OperationFinder.find(document.get(), session.base(), method, resolved);
        } catch (RuntimeException badUrl) {
            return Optional.empty();
        }
    }

    private static void add(
            List<Candidate> candidates, Set<String> offered, String value, String group, String description) {
        if (offered.add(value.toLowerCase())) {
            candidates.add(new Candidate(value, value, group, description, null, null, false));
        }
    }

    private static String describe(Operation.Parameter parameter) {
        String type = parameter.type() == null ? "" : parameter.type();
        String required = parameter.required() ? " required" : "";
        String text = parameter.description() == null || parameter.description().isEmpty()
                ? ""
                : " - " + parameter.description();
        return (type + required + text).strip();
    }

    private static String describe(ApiDocument document, PathTemplate template) {
        StringBuilder description = new StringBuilder();
        for (Operation operation : document.operations()) {
            if (operation.path().equals(template)) {
                description.append(description.length() == 0 ? "" : ", ").append(operation.method());
                if (!operation.summary().isEmpty()) {
                    description.append(' ').append(operation.summary());
                }
            }
        }
        return description.toString();
    }
}
