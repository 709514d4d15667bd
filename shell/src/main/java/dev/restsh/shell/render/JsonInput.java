package dev.restsh.shell.render;

import java.io.IOException;
import java.io.InputStream;

/**
 * The byte reader under {@link JsonStreamFormatter}: buffered, with one byte of look-ahead, the position for
 * error messages, and a flush of the output before every read that would wait for the network.
 */
final class JsonInput {
    /** Invalid JSON, with where it was found. */
    static final class SyntaxError extends IOException {
        SyntaxError(String message) {
            super(message);
        }
    }

    interface Flush {
        void run() throws IOException;
    }

    private final InputStream in;
    private final Flush beforeWait;
    private static final int FIRST_SIZE = 1 << 12;
    private static final int SIZE = 1 << 16;

    /** Small at first (a session renders one body per request, most of them small), grown while reads fill it. */
    private byte[] buffer = new byte[FIRST_SIZE];

    private int position;
    private int limit;
    private long consumed; // bytes of the buffers before this one
    private long line = 1;
    private long lineStart;
    private int copyBelow = 0x100; // bytes from here up stop a string's copy loop: 0x7f when escaping for a terminal

    JsonInput(InputStream in, Flush beforeWait) {
        this.in = in;
        this.beforeWait = beforeWait;
    }

    /**
     * For a terminal: strings are copied with DEL and C1 controls as JSON escapes ({@code \\u009b}), which are
     * visible and mean the same, and invalid UTF-8 as U+FFFD.
     */
    void escapeForTerminal() {
        copyBelow = 0x7f;
    }

    /** The next byte, or -1 at the end. */
    int next() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++] & 0xff;
    }

    private boolean fill() throws IOException {
        if (in.available() == 0) {
            beforeWait.run();
        }
        consumed += limit;
        if (limit == buffer.length && buffer.length < SIZE) {
            buffer = new byte[buffer.length * 4];
        }
        position = 0;
        limit = 0;
        int read = in.read(buffer);
        if (read <= 0) {
            return false;
        }
        limit = read;
        return true;
    }

    /** The next byte that is not JSON whitespace, or -1 at the end. */
    int skipSpace() throws IOException {
        while (true) {
            int c = next();
            if (c == '\n') {
                line++;
                lineStart = consumed + position;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return c;
            }
        }
    }

    /** Copies a string's bytes after its opening quote up to (not including) its closing quote, checking escapes. */
    void copyString(ByteSink out) throws IOException {
        while (true) {
            if (position == limit && !fill()) {
                throw error("unclosed string");
            }
            int start = position;
            while (position < limit) {
                int c = buffer[position] & 0xff;
                if (c == '"' || c == '\\' || c < 0x20 || c >= copyBelow) {
                    break;
                }
                position++;
            }
            out.write(buffer, start, position - start);
            if (position == limit) {
                continue;
            }
            int c = buffer[position++] & 0xff;
            if (c == '"') {
                return;
            }
            if (c < 0x20) {
                position--;
                throw error("control character " + show(c) + " in a string (escape it)");
            }
            if (c >= copyBelow) {
                copyCharacter(c, out);
                continue;
            }
            out.write('\\');
            int escaped = next();
            switch (escaped) {
                case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> out.write(escaped);
                case 'u' -> {
                    out.write('u');
                    for (int i = 0; i < 4; i++) {
                        int hex = next();
                        if (Character.digit(hex, 16) < 0) {
                            throw error("bad \\u escape in a string");
                        }
                        out.write(hex);
                    }
                }
                default -> throw error("bad escape " + (escaped < 0 ? "at the end" : "\\" + (char) escaped));
            }
        }
    }

    private static final byte[] REPLACEMENT = "\ufffd".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    /** One character at or above DEL, its lead byte {@code lead} already read: as it is, escaped, or U+FFFD. */
    private void copyCharacter(int lead, ByteSink out) throws IOException {
        byte[] sequence = new byte[4];
        sequence[0] = (byte) lead;
        int count = 1;
        int expected = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
        while (count < expected && peek() >= 0x80 && peek() <= 0xbf) {
            sequence[count++] = (byte) next();
        }
        int size = lead == 0x7f ? 1 : Utf8.sequence(sequence, 0, count);
        if (size != count) {
            out.write(REPLACEMENT); // ill-formed, cut short, or followed by stray continuation bytes
        } else if (lead == 0x7f || lead == 0xc2 && (sequence[1] & 0xff) < 0xa0) {
            int control = lead == 0x7f ? 0x7f : sequence[1] & 0xff;
            out.write(String.format("\\u%04x", control).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        } else {
            out.write(sequence, 0, size);
        }
    }

    /** Copies a number that starts with {@code first}, checking JSON's number grammar; leaves the byte after it. */
    void copyNumber(int first, ByteSink out) throws IOException {
        out.write(first);
        int c = first;
        if (c == '-') {
            c = nextDigit(out, "a digit after '-'");
        }
        if (c != '0') {
            digits(out);
        }
        if (peek() == '.') {
            out.write(next());
            nextDigit(out, "a digit after '.'");
            digits(out);
        }
        if (peek() == 'e' || peek() == 'E') {
            out.write(next());
            if (peek() == '+' || peek() == '-') {
                out.write(next());
            }
            nextDigit(out, "a digit in the exponent");
            digits(out);
        }
        int after = peek();
        if (after >= 0 && (Character.isLetterOrDigit(after) || after == '.')) {
            next();
            throw error("unexpected " + show(after) + " in a number");
        }
    }

    private int nextDigit(ByteSink out, String expected) throws IOException {
        int c = next();
        if (c < '0' || c > '9') {
            throw error("expected " + expected);
        }
        out.write(c);
        return c;
    }

    private void digits(ByteSink out) throws IOException {
        int c;
        while ((c = peek()) >= '0' && c <= '9') {
            out.write(next());
        }
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position] & 0xff;
    }

    SyntaxError error(String message) {
        long column = consumed + position - lineStart;
        return new SyntaxError(message + " at line " + line + ", column " + column);
    }

    static String show(int c) {
        return c >= 0x20 && c < 0x7f ? "'" + (char) c + "'" : String.format("byte 0x%02x", c);
    }
}
