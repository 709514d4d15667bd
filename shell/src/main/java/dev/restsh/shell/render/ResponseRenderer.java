package dev.restsh.shell.render;

import dev.restsh.shell.Console;
import dev.restsh.shell.ErrorText;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.Body;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Shows an exchange as {@link OutputSpec} asks. By default: a status line (on stderr when stdout is not a
 * terminal, so pipes get the body only) and the body; with {@code --print} exactly the parts named, on stdout.
 * Long output on a terminal goes through the pager.
 */
public final class ResponseRenderer {
    private final Console console;
    private final OutputSpec spec;
    private final Ansi ansi;

    public ResponseRenderer(Console console) {
        this(console, OutputSpec.DEFAULT);
    }

    public ResponseRenderer(Console console, OutputSpec spec) {
        this.console = console;
        this.spec = spec;
        this.ansi = new Ansi(spec.colour(console.colour()));
    }

    public void render(Response response) {
        String pagerCommand = spec.pager() ? console.pager() : null;
        if (pagerCommand == null) {
            render(response, console.out(), console.outStream());
            return;
        }
        try (Pager pager = Pager.start(pagerCommand, console.out(), console.outStream())) {
            render(response, pager.out(), pager.stream());
        }
    }

    private void render(Response response, PrintWriter out, OutputStream stream) {
        try {
            if (spec.summary()) {
                PrintWriter statusOut = console.terminal() ? out : console.err();
                statusOut.println(statusLine(response));
                statusOut.flush();
            }
            if (spec.shows('H')) {
                requestHead(response.request(), out);
            }
            if (spec.shows('B') && response.request().body().length > 0) {
                String type = response.request().headers().first("content-type").orElse("");
                new BodyRenderer(ansi.on(), spec.format(), console.err(), console.terminal())
                        .render(
                                Body.of(response.request().body()),
                                type,
                                response.request().body().length,
                                out,
                                stream);
                out.println();
            }
            if (spec.shows('h')) {
                responseHead(response, out);
            }
            if (spec.shows('b') && StreamRenderer.applies(response.contentType(), spec.stream())) {
                new StreamRenderer(ansi, spec.stream(), console.err())
                        .render(response.body(), response.contentType(), out);
            } else if (spec.shows('b')) {
                new BodyRenderer(ansi.on(), spec.format(), console.err(), console.terminal())
                        .render(response.body(), response.contentType(), announcedSize(response), out, stream);
            }
            out.flush();
        } catch (ByteSink.Closed e) {
            if (Thread.currentThread().isInterrupted()) {
                // Ctrl-C ended the pager while the output waited for it: the download stops too.
                if (!response.body().complete()) {
                    response.body().cancel();
                }
                throw cancelled(response);
            }
            // Nobody reads the output any more (the pager quit, a pipe closed): stop quietly, like a shell.
        } catch (InterruptedIOException e) {
            out.flush();
            throw cancelled(response);
        } catch (IOException e) {
            out.flush();
            throw new RestshException(
                    ExitStatus.NETWORK, "reading the body of " + response.url() + ": " + ErrorText.of(e));
        } catch (UncheckedIOException e) {
            out.flush();
            if (e.getCause() instanceof InterruptedIOException) {
                throw cancelled(response);
            }
            throw new RestshException(
                    ExitStatus.NETWORK, "reading the body of " + response.url() + ": " + ErrorText.of(e.getCause()));
        }
    }

    /** Ctrl-C while the body was shown: one line saying what was stopped and what is kept. */
    private static RestshException cancelled(Response response) {
        Body body = response.body();
        String message = body.cancelled()
                ? "download cancelled: " + response.url() + " (" + Sizes.bytes(body.received())
                        + " arrived; kept in the response, marked incomplete)"
                : "output stopped: " + response.url() + " (the whole body had arrived)";
        return new RestshException(ExitStatus.NETWORK, message);
    }

    /** Prints the status line where it belongs: stdout on a terminal, stderr when stdout is piped. */
    public void statusLine(Response response, Console target) {
        PrintWriter statusOut = target.terminal() ? target.out() : target.err();
        statusOut.println(statusLine(response));
        statusOut.flush();
    }

    /** Prints only the body, as this renderer's output options say. */
    public void body(Response response) {
        new ResponseRenderer(console, new OutputSpec("b", spec.pretty(), spec.pager(), spec.stream())).render(response);
    }

    public String statusLine(Response response) {
        int status = response.status();
        String colour = status >= 400 ? Ansi.RED : status >= 300 ? Ansi.YELLOW : Ansi.GREEN;
        String line = ansi.paint(colour, (response.version() + " " + status + " " + response.reason()).strip());
        StringBuilder details = new StringBuilder().append(Sizes.millis(response.elapsed()));
        size(response).ifPresent(size -> details.append(", ").append(Sizes.bytes(size)));
        if (!response.contentType().isEmpty()) {
            details.append(", ").append(response.contentType());
        }
        return line + "  " + ansi.paint(Ansi.DIM, "(" + details + ")");
    }

    /** The body size: known once it has arrived, or announced by Content-Length before. */
    private static java.util.Optional<Long> size(Response response) {
        long size = response.body().complete() ? response.body().received() : announcedSize(response);
        return size < 0 ? java.util.Optional.empty() : java.util.Optional.of(size);
    }

    private static long announcedSize(Response response) {
        try {
            return response.headers()
                    .first("content-length")
                    .map(Long::parseLong)
                    .orElse(-1L);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void requestHead(RequestSpec request, PrintWriter out) {
        String target =
                request.url().getRawPath().isEmpty() ? "/" : request.url().getRawPath();
        if (request.url().getRawQuery() != null) {
            target += "?" + request.url().getRawQuery();
        }
        out.println(ansi.paint(Ansi.BOLD, request.method() + " " + target + " HTTP/1.1"));
        out.println(header("Host", request.url().getAuthority()));
        fields(request.headers(), out);
        out.println();
    }

    private void responseHead(Response response, PrintWriter out) {
        int status = response.status();
        String colour = status >= 400 ? Ansi.RED : status >= 300 ? Ansi.YELLOW : Ansi.GREEN;
        out.println(ansi.paint(colour, (response.version() + " " + status + " " + response.reason()).strip()));
        fields(response.headers(), out);
        out.println();
    }

    private void fields(Headers headers, PrintWriter out) {
        for (Headers.Field field : headers.fields()) {
            out.println(header(field.name(), field.value()));
        }
    }

    private String header(String name, String value) {
        return ansi.paint(Ansi.CYAN, name) + ": " + value;
    }
}
