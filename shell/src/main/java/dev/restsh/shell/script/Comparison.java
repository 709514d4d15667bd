package dev.restsh.shell.script;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.command.LineRunner;
import dev.restsh.shell.config.Environment;
import dev.restsh.shell.inspect.JsonDiff;
import dev.restsh.shell.render.Ansi;
import dev.restsh.shell.render.DiffLines;
import dev.restsh.shell.render.ExchangePrinter;
import dev.restsh.shell.request.UrlResolver;
import dev.restsh.shell.session.Exchange;
import dev.restsh.shell.session.Exchanges;
import dev.restsh.shell.session.Secrets;
import dev.restsh.shell.session.Session;
import java.io.PrintWriter;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntSupplier;

/**
 * {@code compare A B REQUEST}: sends one request line to two targets (each a named environment or a base URL), keeps
 * both responses, and shows how status, headers and body differ, as {@link ResponseDocument}s compared by
 * {@link JsonDiff}. Headers that differ on every response ({@link #VOLATILE_HEADERS}) are left out.
 */
public final class Comparison {
    /** Headers that change between any two responses, or with the body: not worth a difference. */
    public static final Set<String> VOLATILE_HEADERS = Set.of(
            "date",
            "age",
            "expires",
            "last-modified",
            "etag",
            "content-length",
            "transfer-encoding",
            "connection",
            "keep-alive",
            "set-cookie",
            "via",
            "server-timing",
            "traceparent",
            "tracestate",
            "x-request-id",
            "x-correlation-id",
            "x-amzn-trace-id",
            "x-cache",
            "cf-ray");

    /** While a side is sent: nothing is shown (the differences are). */
    private static final Exchanges.Step QUIET = new Exchanges.Step() {
        @Override
        public Exchanges.Printer printer(Exchanges.Printer asked) {
            return Exchanges.Printer.NONE;
        }
    };

    private final ShellContext context;
    private final LineRunner lines;
    private int failure;

    public Comparison(ShellContext context, LineRunner lines) {
        this.context = context;
        this.lines = lines;
    }

    public int compare(String a, String b, String request, List<String> ignored, Set<String> ignoredHeaders) {
        ResponseDocument documents = new ResponseDocument(
                name -> !VOLATILE_HEADERS.contains(name) && !ignoredHeaders.contains(name), ignored);
        Exchange left = sendTo(a, request);
        if (left == null) {
            return failure;
        }
        Exchange right = sendTo(b, request);
        if (right == null) {
            return failure;
        }
        List<JsonDiff.Change> changes = JsonDiff.between(documents.of(left.response()), documents.of(right.response()));
        Ansi ansi = new Ansi(context.console().colour());
        PrintWriter out = context.console().out();
        out.println("A " + side(a, left));
        out.println("B " + side(b, right));
        StringBuilder details = new StringBuilder();
        for (JsonDiff.Change change : changes) {
            out.println(DiffLines.line(change, ansi));
            details.append("  ").append(change.describe()).append('\n');
        }
        out.println(
                changes.isEmpty()
                        ? "no differences"
                        : changes.size() + (changes.size() == 1 ? " difference" : " differences"));
        out.flush();
        report("compare " + a + " " + b + " " + request, changes.isEmpty(), details.toString());
        return changes.isEmpty() ? ExitStatus.OK.code() : ExitStatus.EXPECTATION_FAILED.code();
    }

    private String side(String target, Exchange exchange) {
        return target + ": " + new ExchangePrinter(context.console()).statusLine(exchange.response()) + "  "
                + exchange.request().method() + " "
                + Secrets.maskQueries(exchange.request().url().toString()) + "  _"
                + exchange.number();
    }

    /** Sends the line with the session pointed at the target, then points it back; null when it failed. */
    private Exchange sendTo(String target, String request) {
        Session session = context.session();
        int before = session.history().size();
        int status = isUrl(target)
                ? withBase(target, () -> quietly(request))
                : inEnvironment(target, () -> quietly(request));
        if (!ExitStatus.in(ExitStatus.RESPONSE_ARRIVED, status)) {
            failure = status; // the line has said why
            return null;
        }
        if (session.history().size() == before) {
            throw RestshException.usage("compare: '" + request + "' sent no request to " + target);
        }
        return session.history().latest().orElseThrow();
    }

    private int quietly(String request) {
        return context.session().exchanges().during(QUIET, () -> lines.run(request));
    }

    /** A base URL ({@code scheme://…}, or {@code :PORT} on localhost) rather than an environment's name. */
    static boolean isUrl(String target) {
        return target.contains("://") || target.startsWith(":");
    }

    private int withBase(String target, IntSupplier send) {
        Session session = context.session();
        URI previous = session.base();
        session.base(UrlResolver.base(target));
        try {
            return send.getAsInt();
        } finally {
            session.base(previous);
        }
    }

    private int inEnvironment(String name, IntSupplier send) {
        Optional<String> previous = context.environments().current().map(Environment::name);
        context.environments().use(name);
        try {
            return send.getAsInt();
        } finally {
            context.environments().use(previous.orElse("none"));
        }
    }

    private void report(String name, boolean passed, String details) {
        ScriptLine line = context.scripting().current().map(ScriptRun::line).orElse(null);
        String where = context.scripting().position().map(at -> " at " + at).orElse("");
        context.scripting()
                .report(new ScriptEvent(
                        line,
                        passed ? ScriptEvent.Kind.PASSED : ScriptEvent.Kind.FAILED,
                        name,
                        passed ? "" : "the responses differ" + where,
                        details));
    }
}
