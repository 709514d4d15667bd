package dev.restsh.shell.render;

import dev.restsh.shell.http.Body;
import dev.restsh.shell.http.Charsets;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes a body while it arrives: JSON re-indented and coloured by the streaming {@link JsonStreamFormatter},
 * XML and HTML indented when small and sent on one line, text as is, binary never (a hint to {@code save}).
 */
public final class BodyRenderer {
    private static final int SNIFF = 8192;
    private static final int MARKUP_LIMIT = 1 << 20;

    private final boolean colour;
    private final boolean format;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean escape;

    /** {@code terminal}: the output is a terminal, where binary bodies are never written. */
    public BodyRenderer(boolean colour, boolean format, PrintWriter err, boolean terminal) {
        this(colour, format, err, terminal, false);
    }

    /** {@code escape}: control characters and invalid UTF-8 are made visible ({@link TerminalText}). */
    public BodyRenderer(boolean colour, boolean format, PrintWriter err, boolean terminal, boolean escape) {
        this.colour = colour;
        this.format = format;
        this.err = err;
        this.terminal = terminal;
        this.escape = escape;
    }

    /**
     * Renders to {@code out}, or in bytes to {@code stream} when it is not null (it is what {@code out} writes
     * to). {@code expectedSize} is the Content-Length, -1 when unknown.
     */
    public void render(Body body, String contentType, long expectedSize, PrintWriter out, OutputStream stream)
            throws IOException {
        byte[] head = body.arrived(SNIFF);
        if (head.length == 0) {
            try (InputStream in = body.open()) {
                in.read(); // an empty body whose transfer broke (a bad chunk, a corrupt gzip stream) throws here
            }
            return;
        }
        if (MediaTypes.isBinary(contentType, head) && stream != null && !terminal) {
            bytes(body, out, stream, false, false); // to a file or a pipe, as curl and HTTPie do
        } else if (MediaTypes.isBinary(contentType, head)) {
            out.println("[binary body: " + Sizes.bytes(body.size()) + " of "
                    + (contentType.isEmpty() ? "unknown type" : MediaTypes.essence(contentType))
                    + "; write it to a file with: save FILE]");
        } else if (MediaTypes.isJson(contentType) && (format || colour) && isUtf8(contentType)) {
            json(body, contentType, expectedSize, out, stream);
        } else if (format && MediaTypes.isMarkup(contentType) && body.size() <= MARKUP_LIMIT) {
            endLine(shown(MarkupIndenter.indent(Charsets.decode(body.bytes(), contentType))), out);
        } else if (isUtf8(contentType) && (stream != null || escape)) {
            bytes(body, out, stream, true, escape);
        } else {
            text(body.open(), Charsets.of(contentType), out, escape);
        }
        out.flush();
    }

    /**
     * A small body (announced or arrived) is formatted in memory before anything is printed, so invalid JSON is
     * shown as text only; a large or arriving one is streamed, and an error stops it where the JSON breaks.
     */
    private void json(Body body, String contentType, long expectedSize, PrintWriter out, OutputStream stream)
            throws IOException {
        boolean small =
                expectedSize >= 0 && expectedSize <= MARKUP_LIMIT || body.complete() && body.size() <= MARKUP_LIMIT;
        ByteSink sink = new ByteSink(out, stream);
        if (small) {
            ByteArrayOutputStream formatted = new ByteArrayOutputStream();
            try {
                JsonStreamFormatter formatter = new JsonStreamFormatter(
                        body.open(),
                        new ByteSink(new PrintWriter(Writer.nullWriter()), formatted),
                        colour,
                        format,
                        escape);
                formatter.format();
                noteFlattened(formatter);
            } catch (JsonInput.SyntaxError e) {
                err.println("restsh: the body is not valid JSON (" + e.getMessage() + "); shown as text");
                err.flush();
                endLine(shown(Charsets.decode(body.bytes(), contentType)), out);
                return;
            }
            sink.write(formatted.toByteArray());
            sink.flush();
            return;
        }
        try {
            JsonStreamFormatter formatter = new JsonStreamFormatter(body.open(), sink, colour, format, escape);
            formatter.format();
            noteFlattened(formatter);
        } catch (JsonInput.SyntaxError e) {
            sink.flush();
            out.println();
            out.flush();
            err.println("restsh: the body is not valid JSON (" + e.getMessage() + "); output stopped there");
            err.flush();
        }
    }

    /** Text in UTF-8 (or ASCII): copied without decoding, or through {@link TerminalBytes} for a terminal. */
    private static void bytes(Body body, PrintWriter out, OutputStream stream, boolean endLine, boolean escape)
            throws IOException {
        ByteSink sink = new ByteSink(out, stream);
        TerminalBytes safe = escape ? new TerminalBytes(sink) : null;
        byte[] buffer = new byte[1 << 16];
        int last = '\n';
        try (InputStream in = new FlushBeforeWait(body.open(), sink::flush)) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                if (read > 0 && safe != null) {
                    safe.write(buffer, 0, read);
                    last = buffer[read - 1];
                } else if (read > 0) {
                    sink.write(buffer, 0, read);
                    last = buffer[read - 1];
                }
            }
        }
        if (safe != null) {
            safe.finish();
        }
        if (endLine && last != '\n') {
            sink.write('\n');
        }
        sink.flush();
    }

    private static void text(InputStream in, Charset charset, PrintWriter out, boolean escape) throws IOException {
        char[] buffer = new char[1 << 15];
        char last = '\n';
        try (Reader reader = new InputStreamReader(new FlushBeforeWait(in, out::flush), charset)) {
            int read;
            while ((read = reader.read(buffer)) >= 0) {
                if (read > 0 && escape) {
                    // a CR at the end of a chunk shows as ^M even before a LF: rare, and still harmless
                    out.write(TerminalText.visible(new String(buffer, 0, read)));
                    last = buffer[read - 1];
                } else if (read > 0) {
                    out.write(buffer, 0, read);
                    last = buffer[read - 1];
                }
            }
        }
        if (last != '\n') {
            out.println();
        }
    }

    private void noteFlattened(JsonStreamFormatter formatter) {
        if (formatter.flattened()) {
            err.println("restsh: " + JsonStreamFormatter.flattenedNotice("the body"));
            err.flush();
        }
    }

    private String shown(String text) {
        return escape ? TerminalText.visible(text) : text;
    }

    private static boolean isUtf8(String contentType) {
        Charset charset = Charsets.of(contentType);
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.US_ASCII);
    }

    private static void endLine(String text, PrintWriter out) {
        out.print(text);
        if (!text.endsWith("\n")) {
            out.println();
        }
    }
}
