package dev.restsh.shell.render;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.restsh.shell.json.Json;
import java.io.IOException;

/**
 * Pretty-prints JSON token by token from Jackson's streaming parser, coloured or plain, without building a
 * tree. Numbers keep the text they were sent with.
 */
public final class JsonRenderer {
    private static final String INDENT = "    ";

    private final Ansi ansi;

    public JsonRenderer(Ansi ansi) {
        this.ansi = ansi;
    }

    public void render(byte[] json, Appendable out) throws IOException {
        try (JsonParser parser = Json.factory().createParser(json)) {
            render(parser, out);
        }
    }

    /** Renders every value the parser yields (several top-level values are printed one per line). */
    public void render(JsonParser parser, Appendable out) throws IOException {
        int depth = 0;
        boolean first = true;
        boolean afterKey = false;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            boolean closing = token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY;
            if (closing) {
                depth--;
                if (!first) {
                    newline(out, depth);
                }
                out.append(token == JsonToken.END_OBJECT ? '}' : ']');
                first = false;
                if (depth == 0) {
                    out.append('\n');
                }
                continue;
            }
            if (!afterKey) {
                if (depth > 0) {
                    if (!first) {
                        out.append(',');
                    }
                    newline(out, depth);
                }
            }
            afterKey = false;
            first = false;
            switch (token) {
                case START_OBJECT, START_ARRAY -> {
                    out.append(token == JsonToken.START_OBJECT ? '{' : '[');
                    depth++;
                    first = true;
                }
                case FIELD_NAME -> {
                    out.append(ansi.on() ? Ansi.KEY : "");
                    quote(parser.currentName(), out);
                    out.append(ansi.on() ? Ansi.RESET : "").append(": ");
                    afterKey = true;
                }
                case VALUE_STRING -> {
                    out.append(ansi.on() ? Ansi.STRING : "");
                    quote(parser.getText(), out);
                    out.append(ansi.on() ? Ansi.RESET : "");
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.append(ansi.paint(Ansi.NUMBER, parser.getText()));
                default -> out.append(ansi.paint(Ansi.LITERAL, parser.getText()));
            }
            if (depth == 0 && token != JsonToken.FIELD_NAME) {
                out.append('\n');
            }
        }
    }

    private static void newline(Appendable out, int depth) throws IOException {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    private static void quote(String text, Appendable out) throws IOException {
        out.append('"');
        out.append(new String(JsonStringEncoder.getInstance().quoteAsString(text)));
        out.append('"');
    }
}
