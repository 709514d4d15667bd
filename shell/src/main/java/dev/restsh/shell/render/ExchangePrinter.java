package dev.restsh.shell.render;

import dev.restsh.shell.Console;
import dev.restsh.shell.ErrorText;
import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.Body;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.session.Exchange;
import dev.restsh.shell.session.Exchanges;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Shows an exchange as {@link OutputSpec} asks (xh's {@code printer.rs}, HTTPie's {@code write_message}): the
 * request part as each hop goes out ({@code H}: its head, credentials masked unless asked for), then the response
 * part ({@code B} the request body, {@code h} the response head, {@code b} the body). By default: a status line
 * (on stderr when stdout is not a terminal, so pipes get the body only) and the body. Long output on a terminal
 * goes through the pager.
 */
public final class ExchangePrinter implements Exchanges.Printer {
    private final Console console;
    private final OutputSpec spec;
    private final boolean showSecrets;
    private final Ansi ansi;
    private final MessageHeads heads;
    private StreamRenderer.Events events = StreamRenderer.Events.NONE;

    public ExchangePrinter(Console console) {
        this(console, OutputSpec.DEFAULT, false);
    }

    /** {@code showSecrets}: show Authorization, cookie and token values in the request's head. */
    public ExchangePrinter(Console console, OutputSpec spec, boolean showSecrets) {
        this.console = console;
        this.spec = spec;
        this.showSecrets = showSecrets;
        this.ansi = new Ansi(spec.colour(console.colour()));
        this.heads = new MessageHeads(ansi, console.escapes(), !console.raw());
    }

    /** Tells {@code listener} of each event of a live stream as it is shown. */
    public ExchangePrinter events(StreamRenderer.Events listener) {
        events = listener;
        return this;
    }

    /** The request part: each hop's head as it goes out, before any answer (so it shows even when none comes). */
    @Override
    public void request(RequestSpec hop) {
        if (spec.shows('H')) {
            PrintWriter out = console.out();
            MessageHeads.request(hop, showSecrets, out);
            out.flush();
        }
    }

    /** The response part. */
    @Override
    public void response(Exchange exchange) {
        render(exchange.response());
    }

    public void render(Response response) {
        // Raw bytes go to the terminal itself: a pager would show them its own way (less -R turns BEL into ^G
        // and swallows the start of an OSC sequence), which is neither raw nor restsh's escaping.
        String pagerCommand = spec.pager() && !console.raw() ? console.pager() : null;
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
                summary(response, out);
            }
            if (spec.shows('B') && response.request().body().length > 0) {
                String type = response.request().headers().first("content-type").orElse("");
                new BodyRenderer(ansi.on(), spec.format(), console.err(), console.terminal(), console.escapes())
                        .render(
                                Body.of(response.request().body()),
                                type,
                                response.request().body().length,
                                out,
                                stream);
                out.println();
            }
            if (spec.shows('h')) {
                heads.response(response, out);
            }
            if (spec.shows('b') && StreamRenderer.applies(response.contentType(), spec.stream())) {
                new StreamRenderer(ansi, spec.stream(), console.err(), console.escapes())
                        .events(events, response.url().toString())
                        .render(response.body(), response.contentType(), out);
            } else if (spec.shows('b')) {
                new BodyRenderer(ansi.on(), spec.format(), console.err(), console.terminal(), console.escapes())
                        .render(
                                response.body(),
                                response.contentType(),
                                MessageHeads.announcedSize(response),
                                out,
                                stream);
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

    /** Prints the status line where it belongs (see {@link #summary(Response, PrintWriter)}). */
    public void summary(Response response) {
        summary(response, console.out());
    }

    /**
     * The status line on the output (a terminal, or the pager on it), or on stderr when stdout is not a terminal;
     * the reason phrase and type come from the server, so they are made visible there either way.
     */
    private void summary(Response response, PrintWriter out) {
        PrintWriter statusOut = console.terminal() ? out : console.err();
        statusOut.println(statusLine(response));
        statusOut.flush();
    }

    /** Prints only the body, as this printer's output options say. */
    public void body(Response response) {
        new ExchangePrinter(console, new OutputSpec("b", spec.pretty(), spec.pager(), spec.stream()), showSecrets)
                .render(response);
    }

    /** The one-line status summary: {@code HTTP/1.1 200 OK  (12 ms, 1.2 kB, application/json)}. */
    public String statusLine(Response response) {
        return heads.summary(response);
    }
}
