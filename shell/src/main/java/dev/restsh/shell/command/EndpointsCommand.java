package dev.restsh.shell.command;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.UrlCredentials;
import dev.restsh.shell.openapi.ApiDocument;
import dev.restsh.shell.openapi.OpenApiException;
import dev.restsh.shell.openapi.Operation;
import dev.restsh.shell.openapi.OperationsAtPath;
import dev.restsh.shell.request.UrlResolver;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code endpoints} ({@code ls}): the operations of the API's OpenAPI document, with their summaries. */
@Command(
        description = {
            "List the API's operations with their summaries, from its OpenAPI document.",
            "The document is found from the base URL: a Link rel=\"service-desc\" header,",
            "/q/openapi, /openapi.json, /openapi.yaml, /v3/api-docs, /swagger.json, then where",
            "Swagger 2.0 documents usually are (/swagger.yaml, /v2/api-docs, /spec.json, /api-docs …)."
        },
        footer = {
            "",
            "Examples:",
            "  endpoints                  every operation",
            "  ls users                   operations whose path or summary mention 'users'",
            "  endpoints /ips             the operations at /ips in full: parameters, body, responses",
            "  endpoints post /ips        only POST /ips (help /ips works too)",
            "  endpoints --spec http://localhost:8080/openapi.yaml"
        })
public class EndpointsCommand extends ShellCommand {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILTER",
            description = "Show only operations containing this text; a path (/ips) or a method and a path"
                    + " (post /ips) shows those operations in full.")
    String filter;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PATH", hidden = true)
    String path;

    @Option(names = "--spec", paramLabel = "URL", description = "Read the document from this URL instead of looking.")
    String spec;

    public EndpointsCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        if (spec != null) {
            context.openApi().use(UrlResolver.resolve(context.session().base(), spec));
        }
        ApiDocument document = load(context);
        if (path != null || (filter != null && filter.startsWith("/"))) {
            return describe(document, path == null ? null : filter, path == null ? filter : path);
        }
        List<Operation> shown = document.operations().stream()
                .filter(operation -> filter == null || mentions(operation, filter.toLowerCase(Locale.ROOT)))
                .toList();
        PrintWriter out = out();
        out.println(document.title() + (document.version().isEmpty() ? "" : " " + document.version()) + " ("
                + UrlCredentials.shown(document.source()) + ")");
        int width = shown.stream()
                .mapToInt(operation -> operation.path().text().length())
                .max()
                .orElse(0);
        for (Operation operation : shown) {
            out.printf(
                    "  %-7s %-" + Math.max(width, 1) + "s  %s%n",
                    operation.method(),
                    operation.path().text(),
                    operation.summary());
        }
        if (shown.isEmpty()) {
            out.println("  no operation" + (filter == null ? "" : " matches '" + filter + "'"));
        }
        out.flush();
        return 0;
    }

    /**
     * The operations at a path (a template as the document writes it, {@code /ips/{id}}, or a concrete one,
     * {@code /ips/10.0.0.1}), of one method when it is given, in full; a usage error when there is none.
     */
    private int describe(ApiDocument document, String method, String target) {
        List<Operation> operations =
                OperationsAtPath.find(document, context.session().base(), method, target);
        if (operations.isEmpty()) {
            throw RestshException.usage("no operation " + (method == null ? "" : method.toUpperCase(Locale.ROOT) + " ")
                    + target + " in the OpenAPI document (try: endpoints " + target.replaceAll("^/+", "") + ")");
        }
        PrintWriter out = out();
        for (int i = 0; i < operations.size(); i++) {
            if (i > 0) {
                out.println();
            }
            OperationDescription.lines(operations.get(i)).forEach(out::println);
        }
        out.flush();
        return 0;
    }

    /** The document for the base URL, or a one-line error that says where restsh looked. */
    static ApiDocument load(ShellContext context) {
        try {
            return context.openApi().await();
        } catch (OpenApiException e) {
            throw e.unreachable()
                    ? new RestshException(ExitStatus.NETWORK, e.getMessage())
                    : RestshException.usage(e.getMessage());
        }
    }

    private static boolean mentions(Operation operation, String text) {
        return operation.path().text().toLowerCase(Locale.ROOT).contains(text)
                || operation.summary().toLowerCase(Locale.ROOT).contains(text)
                || operation.method().toLowerCase(Locale.ROOT).equals(text);
    }
}
