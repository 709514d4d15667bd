package dev.restsh.shell.render;

import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.session.Secrets;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Optional;

/**
 * The heads of an exchange in HTTP's own layout: a request as it goes out (credentials and cookies masked unless
 * asked for), a response's status line and headers, and the one-line status summary. The status colour is
 * chosen here only.
 */
final class MessageHeads {
    private final Ansi ansi;
    private final boolean escape;
    private final boolean escapeSummary;

    /**
     * {@code escape}: the server's words in the head (header names and values, reason) with control characters
     * visible; {@code escapeSummary}: the same in the one-line summary, which may go to stderr on a terminal even
     * when stdout is redirected.
     */
    MessageHeads(Ansi ansi, boolean escape, boolean escapeSummary) {
        this.ansi = ansi;
        this.escape = escape;
        this.escapeSummary = escapeSummary;
    }

    private String shown(String fromServer) {
        return escape ? TerminalText.visible(fromServer) : fromServer;
    }

    /** Request line, Host and headers, then a blank line; uncoloured, as the request goes out. */
    static void request(RequestSpec request, boolean showSecrets, PrintWriter out) {
        URI url = request.url();
        String target = (url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath())
                + (url.getRawQuery() == null ? "" : "?" + url.getRawQuery());
        out.println(request.method() + " " + target + " HTTP/1.1");
        if (!request.headers().contains("host")) {
            out.println("Host: " + url.getHost() + (url.getPort() < 0 ? "" : ":" + url.getPort()));
        }
        for (Headers.Field field : request.headers().fields()) {
            out.println(
                    field.name() + ": " + (showSecrets ? field.value() : Secrets.mask(field.name(), field.value())));
        }
        out.println();
    }

    /** The status line and headers, then a blank line. */
    void response(Response response, PrintWriter out) {
        out.println(status(response));
        for (Headers.Field field : response.headers().fields()) {
            out.println(ansi.paint(Ansi.CYAN, shown(field.name())) + ": " + shown(field.value()));
        }
        out.println();
    }

    /** The status line with the time, size and type: {@code HTTP/1.1 200 OK  (12 ms, 1.2 kB, application/json)}. */
    String summary(Response response) {
        StringBuilder details = new StringBuilder().append(Sizes.millis(response.elapsed()));
        size(response).ifPresent(size -> details.append(", ").append(Sizes.bytes(size)));
        if (!response.contentType().isEmpty()) {
            details.append(", ")
                    .append(escapeSummary ? TerminalText.visible(response.contentType()) : response.contentType());
        }
        return status(response, escapeSummary) + "  " + ansi.paint(Ansi.DIM, "(" + details + ")");
    }

    private String status(Response response) {
        return status(response, escape);
    }

    private String status(Response response, boolean visible) {
        int status = response.status();
        String colour = status >= 400 ? Ansi.RED : status >= 300 ? Ansi.YELLOW : Ansi.GREEN;
        return ansi.paint(
                colour,
                (response.version() + " " + status + " "
                                + (visible ? TerminalText.visible(response.reason()) : response.reason()))
                        .strip());
    }

    /** The body size: known once it has arrived, or announced by Content-Length before. */
    private static Optional<Long> size(Response response) {
        long size = response.body().complete() ? response.body().received() : announcedSize(response);
        return size < 0 ? Optional.empty() : Optional.of(size);
    }

    static long announcedSize(Response response) {
        try {
            return response.headers()
                    .first("content-length")
                    .map(Long::parseLong)
                    .orElse(-1L);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
