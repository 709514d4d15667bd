package dev.restsh.shell.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.restsh.shell.Console;
import dev.restsh.shell.http.Charsets;
import dev.restsh.shell.http.Response;
import java.io.IOException;
import java.io.PrintWriter;

/** Shows a response: a status line (on stderr when stdout is not a terminal, so pipes get the body only) and the body. */
public final class ResponseRenderer {
    private final Console console;
    private final Ansi ansi;

    public ResponseRenderer(Console console) {
        this.console = console;
        this.ansi = new Ansi(console.colour());
    }

    public void render(Response response) {
        statusLine(response, console);
        body(response);
    }

    /** Prints the status line where it belongs: stdout on a terminal, stderr when stdout is piped. */
    public void statusLine(Response response, Console target) {
        PrintWriter statusOut = target.terminal() ? target.out() : target.err();
        statusOut.println(statusLine(response));
        statusOut.flush();
    }

    public String statusLine(Response response) {
        int status = response.status();
        String colour = status >= 400 ? Ansi.RED : status >= 300 ? Ansi.YELLOW : Ansi.GREEN;
        String line = ansi.paint(colour, (response.version() + " " + status + " " + response.reason()).strip());
        StringBuilder details = new StringBuilder()
                .append(Sizes.millis(response.elapsed()))
                .append(", ")
                .append(Sizes.bytes(response.body().length));
        if (!response.contentType().isEmpty()) {
            details.append(", ").append(response.contentType());
        }
        return line + "  " + ansi.paint(Ansi.DIM, "(" + details + ")");
    }

    public void body(Response response) {
        byte[] body = response.body();
        if (body.length == 0) {
            return;
        }
        PrintWriter out = console.out();
        String contentType = response.contentType();
        if (MediaTypes.isBinary(contentType, body)) {
            out.println("[binary body: " + Sizes.bytes(body.length) + " of "
                    + (contentType.isEmpty() ? "unknown type" : MediaTypes.essence(contentType))
                    + "; write it to a file with: save FILE]");
        } else if (MediaTypes.isJson(contentType)) {
            json(body, contentType, out);
        } else {
            String text = Charsets.decode(body, contentType);
            out.print(text);
            if (!text.endsWith("\n")) {
                out.println();
            }
        }
        out.flush();
    }

    private void json(byte[] body, String contentType, PrintWriter out) {
        StringBuilder rendered = new StringBuilder(body.length * 2);
        try {
            new JsonRenderer(ansi).render(body, rendered);
            out.print(rendered);
        } catch (JsonProcessingException e) {
            console.err().println("restsh: the body is not valid JSON (" + e.getOriginalMessage() + "); shown as text");
            console.err().flush();
            String text = Charsets.decode(body, contentType);
            out.print(text);
            if (!text.endsWith("\n")) {
                out.println();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
