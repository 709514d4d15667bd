package dev.restsh.shell.render;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.restsh.shell.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;

/**
 * Pretty-prints JSON token by token from Jackson's streaming parser, coloured or plain, indented or compact,
 * without building a tree: memory stays flat however large the document. Numbers keep the text they were sent
 * with; non-ASCII text is written as is (as jq does).
 */
public final class JsonRenderer {
    private static final String INDENT = "    ";
    private static final int CHUNK = 1 << 15;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final Ansi ansi;
    private final boolean indent;

    public JsonRenderer(Ansi ansi) {
        this(ansi, true);
    }

    /** {@code indent} false writes each top-level value on one line (colours only, for --pretty=colors). */
    public JsonRenderer(Ansi ansi, boolean indent) {
        this.ansi = ansi;
        this.indent = indent;
    }

    public void render(byte[] json, Appendable out) throws IOException {
        try (JsonParser parser = Json.factory().createParser(json)) {
            render(parser, out);
        }
    }

    /** Renders every value the parser yields (several top-level values are printed one per line). */
    public void render(JsonParser parser, Appendable out) throws IOException {
        StringBuilder buffer = new StringBuilder();
        render(parser, buffer, () -> {
            out.append(buffer);
            buffer.setLength(0);
        });
        out.append(buffer);
    }

    /**
     * Renders a stream to a writer in chunks; whatever is rendered is flushed before the parser waits for more
     * input, so the first screenful of a slow body shows at once.
     */
    public void render(InputStream in, Writer out) throws IOException {
        StringBuilder buffer = new StringBuilder(CHUNK * 2);
        Chunk emit = () -> {
            out.append(buffer);
            buffer.setLength(0);
        };
        InputStream flushing = new FlushBeforeWait(in, () -> {
            emit.flush();
            out.flush();
        });
        try (JsonParser parser = Json.factory().createParser(flushing)) {
            render(parser, buffer, emit);
        }
        emit.flush();
        out.flush();
    }

    /** Writes out what was rendered so far. */
    interface Chunk {
        void flush() throws IOException;
    }

    private void render(JsonParser parser, StringBuilder out, Chunk chunk) throws IOException {
        int depth = 0;
        boolean first = true;
        boolean afterKey = false;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (out.length() >= CHUNK) {
                chunk.flush();
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
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
            if (!afterKey && depth > 0) {
                if (!first) {
                    out.append(',');
                }
                newline(out, depth);
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
                    string(parser, Ansi.KEY, out);
                    out.append(indent ? ": " : ":");
                    afterKey = true;
                }
                case VALUE_STRING -> string(parser, Ansi.STRING, out);
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> paint(Ansi.NUMBER, parser.getText(), out);
                default -> paint(Ansi.LITERAL, parser.getText(), out);
            }
            if (depth == 0 && token != JsonToken.FIELD_NAME) {
                out.append('\n');
            }
        }
    }

    private void paint(String colour, String text, StringBuilder out) {
        if (ansi.on()) {
            out.append(colour).append(text).append(Ansi.RESET);
        } else {
            out.append(text);
        }
    }

    private void newline(StringBuilder out, int depth) {
        if (!indent) {
            return;
        }
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append(INDENT);
        }
    }

    private void string(JsonParser parser, String colour, StringBuilder out) throws IOException {
        if (ansi.on()) {
            out.append(colour);
        }
        quote(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength(), out);
        if (ansi.on()) {
            out.append(Ansi.RESET);
        }
    }

    /** JSON string escaping: quotes, backslashes and control characters; everything else as is. */
    static void quote(char[] text, int offset, int length, StringBuilder out) {
        out.append('"');
        int end = offset + length;
        int start = offset;
        for (int i = offset; i < end; i++) {
            char c = text[i];
            if (c >= 0x20 && c != '"' && c != '\\' && c != 0x7f) {
                continue;
            }
            out.append(text, start, i - start);
            start = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        out.append(text, start, end - start).append('"');
    }
}
