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
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long consumed; // bytes of the buffers before this one
    private long line = 1;
    private long lineStart;

    JsonInput(InputStream in, Flush beforeWait) {
        this.in = in;
        this.beforeWait = beforeWait;
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
                if (c == '"' || c == '\\' || c < 0x20) {
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
