package dev.restsh.shell.openapi;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.http.RedirectPolicy;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.render.TerminalText;
import dev.restsh.shell.session.Exchange;
import java.util.List;

/**
 * Coverage of a session's responses (all of them for {@code coverage}, a script's for {@code run --coverage}):
 * those from the API the document describes (the base URL's server, or the document's), shown as a table that
 * fits the terminal, or written to a report file.
 */
public final class SessionCoverage {
    /** Off a terminal, lines are not cut. */
    private static final int UNLIMITED = 10_000;

    private SessionCoverage() {}

    /** The coverage of the responses numbered above {@code after} ({@code _N}; 0 for all). */
    public static Coverage of(ShellContext context, ApiDocument document, int after) {
        List<Response> responses = context.session().history().all().stream()
                .filter(exchange -> exchange.number() > after && !exchange.imported()) // sent, not loaded from a HAR
                .map(Exchange::response)
                .filter(response -> RedirectPolicy.sameOrigin(
                                response.url(), context.session().base())
                        || RedirectPolicy.sameOrigin(response.url(), document.source()))
                .toList();
        return Coverage.of(document, responses);
    }

    /** Prints the table on this writer, as wide as the terminal (cut text from the document made visible). */
    public static void print(ShellContext context, Coverage coverage, java.io.PrintWriter out) {
        boolean escapes = context.console().escapes();
        new CoverageTable(width(context), text -> escapes ? TerminalText.visible(text) : text).print(coverage, out);
    }

    private static int width(ShellContext context) {
        if (context.terminal().isPresent() && context.terminal().get().getWidth() > 0) {
            return context.terminal().get().getWidth();
        }
        String columns = context.session().env().get("COLUMNS");
        if (columns != null && columns.matches("\\d{1,4}") && Integer.parseInt(columns) > 20) {
            return Integer.parseInt(columns);
        }
        return context.console().terminal() ? 80 : UNLIMITED;
    }
}
