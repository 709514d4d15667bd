package dev.restsh.shell.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.json.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * JSON held as a tree (an expression's value, a jq result, a stream event) printed by the one JSON printer, the
 * streaming {@link JsonStreamFormatter}: the tree is written compactly, its strings escaped in one way (quotes,
 * backslashes and control characters, C1 included; everything else as is), then formatted like a body.
 */
public final class JsonTreePrinter {
    private final boolean colour;
    private final boolean indent;

    /** {@code indent} false writes each value on one line (colours only, as jq's {@code -c}). */
    public JsonTreePrinter(boolean colour, boolean indent) {
        this.colour = colour;
        this.indent = indent;
    }

    /**
     * Prints to {@code out}, or in bytes to {@code stream} when it is not null (what {@code out} writes to).
     * Returns true when the value nested deeper than {@link JsonStreamFormatter#INDENTED_DEPTH} and was shown
     * compact past it: the caller says so once (see {@link JsonStreamFormatter#flattenedNotice}).
     */
    public boolean print(JsonNode value, PrintWriter out, OutputStream stream) throws IOException {
        ByteSink sink = new ByteSink(out, stream);
        JsonStreamFormatter formatter =
                new JsonStreamFormatter(new java.io.ByteArrayInputStream(compact(value)), sink, colour, indent);
        formatter.format();
        return formatter.flattened();
    }

    /**
     * As {@link #print}, for a command's output: when nobody reads it any more (a pager quit, a pipe closed), the
     * rest is dropped, as a shell does.
     */
    public boolean show(JsonNode value, PrintWriter out, OutputStream stream) {
        try {
            return print(value, out, stream);
        } catch (ByteSink.Closed e) {
            return false; // nobody reads the output any more
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The printed form, ending with a newline. */
    public String format(JsonNode value) {
        StringWriter text = new StringWriter();
        try {
            print(value, new PrintWriter(text), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static byte[] compact(JsonNode value) throws IOException {
        // Through characters, not bytes: a lone surrogate becomes '?' as it would on the console's writer.
        StringWriter json = new StringWriter();
        try (JsonGenerator generator = Json.factory().createGenerator(json)) {
            generator.setCharacterEscapes(Escapes.INSTANCE);
            Json.mapper().writeTree(generator, value);
        }
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Jackson's escapes, with lower-case hex digits and DEL escaped too (the body formatter copies them as sent). */
    private static final class Escapes extends CharacterEscapes {
        static final Escapes INSTANCE = new Escapes();
        private static final char[] HEX = "0123456789abcdef".toCharArray();

        private final int[] ascii = standardAsciiEscapesForJSON();

        private Escapes() {
            for (int c = 0; c < 0x20; c++) {
                if (ascii[c] == ESCAPE_STANDARD) {
                    ascii[c] = ESCAPE_CUSTOM;
                }
            }
            ascii[0x7f] = ESCAPE_CUSTOM;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int c) {
            // Jackson asks for every character above ASCII too: C1 controls are escaped (a terminal may act on
            // them), everything else stays as it is.
            return c < 0xa0 ? new SerializedString("\\u00" + HEX[c >> 4] + HEX[c & 0xf]) : null;
        }
    }
}
