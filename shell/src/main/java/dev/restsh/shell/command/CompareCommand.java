package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.script.Comparison;
import dev.restsh.shell.script.ShellQuoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare A B REQUEST}: the same request to two environments or base URLs, and how the answers differ. */
@Command(
        description = "Send one request to two environments (or base URLs) and show how the responses differ.",
        footer = {
            "",
            "Examples:",
            "  compare staging production get /ips limit==5",
            "  compare --ignore .generatedAt http://localhost:8080 https://api.example.com get /get_ips",
            "",
            "Status, headers and body are compared path by path (as diff does). Left out by default, as they",
            "differ on every response: Date, Age, Expires, Last-Modified, ETag, Content-Length,",
            "Transfer-Encoding, Connection, Keep-Alive, Set-Cookie, Via, Server-Timing, traceparent, tracestate,",
            "X-Request-Id, X-Correlation-Id, X-Amzn-Trace-Id, X-Cache, CF-Ray.",
            "Both responses join the history (diff _ _2 --all shows them again). Exit status: 0 when they",
            "are the same, 6 when not, so it can gate a deployment."
        })
public class CompareCommand extends ShellCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--ignore", paramLabel = "JQ_PATH", description = "Leave this path of the body out (repeatable).")
    List<String> ignored = new ArrayList<>();

    @Option(names = "--ignore-header", paramLabel = "NAME", description = "Leave this header out too (repeatable).")
    List<String> ignoredHeaders = new ArrayList<>();

    @Parameters(index = "0", paramLabel = "A", description = "An environment name or a base URL.")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "An environment name or a base URL.")
    String b;

    @Parameters(index = "2..*", arity = "1..*", paramLabel = "REQUEST", description = "A request command.")
    List<String> request = new ArrayList<>();

    public CompareCommand(ShellContext context) {
        super(context);
    }

    /** Options only before A: the request's own options stay its own. */
    static CommandLine create(ShellContext context) {
        return new CommandLine(new CompareCommand(context)).setStopAtPositional(true);
    }

    @Override
    public Integer call() {
        if (request.isEmpty()) {
            throw RestshException.usage("compare A B REQUEST: which request? For example: compare staging prod get /");
        }
        Set<String> headers = new TreeSet<>();
        ignoredHeaders.forEach(name -> headers.add(name.toLowerCase(Locale.ROOT)));
        String line = ShellQuoting.line(request);
        return new Comparison(context, new LineRunner(spec.root().commandLine(), context))
                .compare(a, b, line, ignored, headers);
    }
}
