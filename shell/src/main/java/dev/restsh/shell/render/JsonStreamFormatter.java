package dev.restsh.shell.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Re-indents and colours a JSON body byte by byte as it arrives: strings and numbers are copied as they were
 * sent (escapes included) and never decoded, so a 100 MB body formats in about the time it takes to read it,
 * in constant memory, with no tree. The syntax is checked on the way; an error names the line and column.
 * Several top-level values (JSON lines) are formatted one after the other.
 */
public final class JsonStreamFormatter {
    private static final byte[] RESET = Ansi.RESET.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY = Ansi.KEY.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] STRING = Ansi.STRING.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NUMBER = Ansi.NUMBER.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LITERAL = Ansi.LITERAL.getBytes(StandardCharsets.US_ASCII);
    private static final byte[] INDENT = "    ".getBytes(StandardCharsets.US_ASCII);

    private final boolean colour;
    private final boolean indent;
    private final JsonInput in;
    private final ByteSink out;
    private byte[] stack = new byte[64];
    private int depth;
    private boolean flattened;

    /**
     * The deepest level that is indented: below it a value is written compact, so a body of nested brackets
     * cannot grow quadratically into gigabytes of spaces (160 columns of indentation are wider than a screen).
     */
    public static final int INDENTED_DEPTH = 40;

    /**
     * The one line (without restsh's prefix) that says output was shown compact past {@link #INDENTED_DEPTH}:
     * {@code what} is "the body", "the value", "a result".
     */
    public static String flattenedNotice(String what) {
        return what + " nests deeper than " + INDENTED_DEPTH + " levels: deeper levels are shown compact";
    }

    public JsonStreamFormatter(InputStream in, ByteSink out, boolean colour, boolean indent) {
        this(in, out, colour, indent, false);
    }

    /** {@code forTerminal}: strings get DEL and C1 controls escaped and invalid UTF-8 replaced (see JsonInput). */
    public JsonStreamFormatter(InputStream in, ByteSink out, boolean colour, boolean indent, boolean forTerminal) {
        this.in = new JsonInput(in, out::flush);
        this.out = out;
        this.colour = colour;
        this.indent = indent;
        if (forTerminal) {
            this.in.escapeForTerminal();
        }
    }

    /** Formats every value of the stream; throws {@link JsonInput.SyntaxError} at the first mistake. */
    public void format() throws IOException {
        int c;
        while ((c = in.skipSpace()) >= 0) {
            value(c);
            out.write('\n');
        }
        out.flush();
    }

    /** One value, containers included, without recursion (deep nesting cannot overflow the stack). */
    private void value(int first) throws IOException {
        int c = first;
        while (true) {
            if (out.full()) {
                out.flush();
            }
            boolean opened = false;
            switch (c) {
                case '{', '[' -> {
                    out.write(c);
                    int next = in.skipSpace();
                    int close = c == '{' ? '}' : ']';
                    if (next == close) {
                        out.write(close);
                    } else {
                        push((byte) c);
                        newline();
                        c = c == '{' ? key(next) : next;
                        opened = true;
                    }
                }
                case '"' -> string(STRING);
                case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number(c);
                case 't' -> literal("true");
                case 'f' -> literal("false");
                case 'n' -> literal("null");
                default -> throw in.error(c < 0 ? "unexpected end of the body" : "unexpected " + JsonInput.show(c));
            }
            if (opened) {
                continue;
            }
            // After a value: a comma and the next member, or the end of one or more containers.
            while (true) {
                if (depth == 0) {
                    return;
                }
                int next = in.skipSpace();
                byte container = stack[depth - 1];
                if (next == ',') {
                    out.write(',');
                    newline();
                    int after = in.skipSpace();
                    c = container == '{' ? key(after) : after;
                    break;
                }
                if (next == (container == '{' ? '}' : ']')) {
                    depth--;
                    newline();
                    out.write(next);
                    continue;
                }
                throw in.error(
                        next < 0
                                ? "unexpected end of the body"
                                : "expected ',' or '" + (container == '{' ? '}' : ']') + "', found "
                                        + JsonInput.show(next));
            }
        }
    }

    /** A member name and its colon; returns the first byte of the member's value. */
    private int key(int c) throws IOException {
        if (c != '"') {
            throw in.error(
                    c < 0 ? "unexpected end of the body" : "expected a name in quotes, found " + JsonInput.show(c));
        }
        string(KEY);
        int colon = in.skipSpace();
        if (colon != ':') {
            throw in.error("expected ':' after a name, found " + (colon < 0 ? "the end" : JsonInput.show(colon)));
        }
        out.write(':');
        if (indent) {
            out.write(' ');
        }
        return in.skipSpace();
    }

    private void string(byte[] paint) throws IOException {
        if (colour) {
            out.write(paint);
        }
        out.write('"');
        in.copyString(out);
        out.write('"');
        if (colour) {
            out.write(RESET);
        }
    }

    private void number(int first) throws IOException {
        if (colour) {
            out.write(NUMBER);
        }
        in.copyNumber(first, out);
        if (colour) {
            out.write(RESET);
        }
    }

    private void literal(String word) throws IOException {
        for (int i = 1; i < word.length(); i++) {
            int c = in.next();
            if (c != word.charAt(i)) {
                throw in.error("expected '" + word + "'");
            }
        }
        if (colour) {
            out.write(LITERAL);
        }
        for (int i = 0; i < word.length(); i++) {
            out.write(word.charAt(i));
        }
        if (colour) {
            out.write(RESET);
        }
    }

    private void push(byte container) {
        if (depth == stack.length) {
            stack = java.util.Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = container;
    }

    /** True when some of the output nested deeper than {@link #INDENTED_DEPTH} and was written compact. */
    public boolean flattened() {
        return flattened;
    }

    private void newline() throws IOException {
        if (!indent) {
            return;
        }
        if (depth > INDENTED_DEPTH) {
            flattened = true;
            return;
        }
        out.write('\n');
        for (int i = 0; i < depth; i++) {
            out.write(INDENT);
        }
    }
}
