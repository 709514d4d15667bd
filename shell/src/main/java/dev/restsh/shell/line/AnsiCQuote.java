package dev.restsh.shell.line;

import dev.restsh.shell.RestshException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Bash's {@code $'…'} quoting, which browsers' "Copy as cURL" emit for data with an apostrophe or a newline:
 * backslash escapes as bash reads them. {@code \xHH} and octal escapes are bytes, so {@code $'\xc3\xa9'} is é.
 */
final class AnsiCQuote {
    private final String line;
    private final StringBuilder out;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private int i;

    private AnsiCQuote(String line, int start, StringBuilder out) {
        this.line = line;
        this.i = start;
        this.out = out;
    }

    /** Reads the quote whose text starts at {@code start} (after {@code $'}) into {@code out}; returns the index of its closing quote. */
    static int read(String line, int start, StringBuilder out) {
        return new AnsiCQuote(line, start, out).read();
    }

    private int read() {
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'') {
                flush();
                return i;
            }
            if (c == '\\' && i + 1 < line.length()) {
                escape(line.charAt(++i));
            } else {
                text(String.valueOf(c));
            }
        }
        throw RestshException.usage("unclosed $' quote");
    }

    private void escape(char c) {
        switch (c) {
            case 'n' -> text("\n");
            case 't' -> text("\t");
            case 'r' -> text("\r");
            case 'a' -> text("\u0007");
            case 'b' -> text("\b");
            case 'e', 'E' -> text("\u001b");
            case 'f' -> text("\f");
            case 'v' -> text("\u000b");
            case '\\', '\'', '"', '?' -> text(String.valueOf(c));
            case 'x' -> number(16, 2, false);
            case 'u' -> number(16, 4, true);
            case 'U' -> number(16, 8, true);
            case 'c' -> control();
            default -> {
                if (c >= '0' && c <= '7') {
                    i--; // the first digit is part of the number
                    number(8, 3, false);
                } else {
                    text("\\" + c); // bash keeps an unknown escape as it is
                }
            }
        }
    }

    /** Up to {@code digits} digits after the escape letter: a byte, or with {@code codePoint} a Unicode character. */
    private void number(int radix, int digits, boolean codePoint) {
        int end = i + 1;
        while (end < line.length() && end - i - 1 < digits && Character.digit(line.charAt(end), radix) >= 0) {
            end++;
        }
        if (end == i + 1) {
            text("\\" + line.charAt(i)); // an escape letter without digits stays as typed
            return;
        }
        int value = Integer.parseInt(line.substring(i + 1, end), radix);
        i = end - 1;
        if (codePoint && Character.isValidCodePoint(value)) {
            text(new String(Character.toChars(value)));
        } else {
            bytes.write(value & 0xff);
        }
    }

    /** {@code \cX}: the control character of X, as bash reads it. */
    private void control() {
        if (i + 1 >= line.length() || line.charAt(i + 1) == '\'') {
            text("\\c");
            return;
        }
        text(String.valueOf((char) (Character.toUpperCase(line.charAt(++i)) & 0x1f)));
    }

    private void text(String text) {
        flush();
        out.append(text);
    }

    /** Pending escaped bytes, decoded together so that a UTF-8 sequence becomes its character. */
    private void flush() {
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
            bytes.reset();
        }
    }
}
