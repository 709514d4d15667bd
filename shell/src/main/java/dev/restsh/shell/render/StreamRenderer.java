package dev.restsh.shell.render;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.Body;
import dev.restsh.shell.http.Charsets;
import dev.restsh.shell.inspect.JqRunner;
import dev.restsh.shell.json.Json;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Live streams: server-sent events and JSON Lines (or any body with {@code --stream}) shown event by event as
 * they arrive, each JSON payload pretty-printed, or passed through a jq filter ({@code --jq}).
 */
public final class StreamRenderer {
    /** Hears of each event (or JSON Lines record) as it arrives: the session numbers them as messages. */
    public interface Events {
        Events NONE = (source, event, id, data) -> {};

        /**
         * {@code event}: SSE's event type ({@code message} when unnamed), null for JSON Lines; {@code id} or null;
         * {@code source}: the stream's URL.
         */
        void arrived(String source, String event, String id, String data);
    }

    private final Ansi ansi;
    private final StreamSpec spec;
    private final PrintWriter err;
    /** The most characters of one event (or line) shown: as a WebSocket message's limit. */
    static final int EVENT_LIMIT = 16 << 20;

    /** An event nested too deep to indent in full was noted: once per stream. */
    private boolean notedFlattened;
    /** An event over {@link #EVENT_LIMIT} was left out and said so: once per stream. */
    private boolean notedSkipped;

    private final boolean escape;
    private Events events = Events.NONE;
    private String source;

    /** {@code escape}: event fields and text shown with control characters visible ({@link TerminalText}). */
    public StreamRenderer(Ansi ansi, StreamSpec spec, PrintWriter err, boolean escape) {
        this.ansi = ansi;
        this.spec = spec;
        this.err = err;
        this.escape = escape;
    }

    /** Tells {@code listener} of every event of the stream from {@code url} as it arrives. */
    public StreamRenderer events(Events listener, String url) {
        events = listener;
        source = url;
        return this;
    }

    public static boolean applies(String contentType, StreamSpec spec) {
        return spec.forced() || isEventStream(contentType) || isJsonLines(contentType);
    }

    static boolean isEventStream(String contentType) {
        return MediaTypes.essence(contentType).equals("text/event-stream");
    }

    static boolean isJsonLines(String contentType) {
        String type = MediaTypes.essence(contentType);
        return type.equals("application/x-ndjson")
                || type.equals("application/ndjson")
                || type.equals("application/jsonl")
                || type.equals("application/x-jsonlines")
                || type.equals("application/json-seq");
    }

    public void render(Body body, String contentType, PrintWriter out) throws IOException {
        try (Reader reader = new InputStreamReader(body.open(), Charsets.of(contentType))) {
            BoundedLineReader lines = new BoundedLineReader(reader, EVENT_LIMIT);
            if (isEventStream(contentType)) {
                events(lines, out);
            } else {
                String line;
                while ((line = nextLine(lines)) != null) {
                    // json-seq records start with a record separator.
                    String text = line.replace("\u001e", "").strip();
                    if (!text.isEmpty()) {
                        events.arrived(source, null, null, text);
                        payload(text, out);
                        out.flush();
                    }
                }
            }
        }
    }

    /** SSE: fields until a blank line make one event; its data lines joined are the payload. */
    private void events(BoundedLineReader lines, PrintWriter out) throws IOException {
        List<String> fields = new ArrayList<>();
        StringBuilder data = null;
        // An event past the limit is left out whole: what is left of it, up to the blank line, is dropped too.
        boolean dropping = false;
        long fieldChars = 0;
        while (true) {
            String line;
            try {
                line = lines.readLine();
            } catch (BoundedLineReader.LineTooLongException e) {
                skipped();
                dropping = true;
                continue;
            }
            if (line == null) {
                break;
            }
            if (line.isEmpty()) {
                if (!dropping) {
                    event(fields, data, out);
                }
                fields.clear();
                data = null;
                dropping = false;
                fieldChars = 0;
            } else if (dropping || line.startsWith(":")) {
                continue;
            } else if ((fieldChars += line.length() + 1) > EVENT_LIMIT) {
                skipped();
                dropping = true;
            } else if (line.startsWith("data:")) {
                String value = line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5);
                data = data == null
                        ? new StringBuilder(value)
                        : data.append('\n').append(value);
            } else {
                fields.add(line);
            }
        }
        if (!dropping) {
            event(fields, data, out);
        }
    }

    /** A JSON Lines record or other line, or null at the end; a line over the limit is left out, and said once. */
    private String nextLine(BoundedLineReader lines) throws IOException {
        while (true) {
            try {
                return lines.readLine();
            } catch (BoundedLineReader.LineTooLongException e) {
                skipped();
            }
        }
    }

    private void skipped() {
        if (!notedSkipped) {
            notedSkipped = true;
            err.println("restsh: left out an event larger than " + (EVENT_LIMIT >> 20)
                    + " MiB (the response's body keeps it: save FILE)");
            err.flush();
        }
    }

    private void event(List<String> fields, StringBuilder data, PrintWriter out) throws IOException {
        if (fields.isEmpty() && data == null) {
            return;
        }
        if (data != null) {
            events.arrived(source, field("event", fields, "message"), field("id", fields, null), data.toString());
        }
        if (!fields.isEmpty() && spec.jq() == null) {
            out.println(ansi.paint(Ansi.DIM, shown(String.join("  ", fields))));
        }
        if (data != null) {
            payload(data.toString(), out);
        }
        out.flush();
    }

    private void payload(String text, PrintWriter out) throws IOException {
        JsonNode json;
        try {
            json = Json.parse(text);
        } catch (RestshException e) {
            if (spec.jq() != null) {
                err.println("restsh: skipped an event that is not JSON: " + TerminalText.visible(abbreviate(text)));
                err.flush();
            } else {
                out.println(shown(text));
            }
            return;
        }
        List<JsonNode> values = spec.jq() == null ? List.of(json) : JqRunner.run(spec.jq(), json);
        JsonTreePrinter printer = new JsonTreePrinter(ansi.on(), true);
        for (JsonNode value : values) {
            if (printer.print(value, out, null) && !notedFlattened) {
                notedFlattened = true;
                err.println("restsh: " + JsonStreamFormatter.flattenedNotice("an event"));
                err.flush();
            }
        }
    }

    /** The value of an SSE field ({@code event: created}), or {@code absent}. */
    private static String field(String name, List<String> fields, String absent) {
        String value = absent;
        for (String field : fields) {
            int colon = field.indexOf(':');
            String key = colon < 0 ? field : field.substring(0, colon);
            if (key.equals(name)) {
                String rest = colon < 0 ? "" : field.substring(colon + 1);
                value = rest.startsWith(" ") ? rest.substring(1) : rest;
            }
        }
        return value;
    }

    private String shown(String fromServer) {
        return escape ? TerminalText.visible(fromServer) : fromServer;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}
