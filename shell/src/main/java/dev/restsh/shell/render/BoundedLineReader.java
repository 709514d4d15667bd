package dev.restsh.shell.render;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a live stream, each at most {@code limit} characters: one endless line from a server must not take the
 * heap (BufferedReader.readLine would keep it all). Lines end at LF, CR or CR LF, as server-sent events allow.
 */
final class BoundedLineReader {
    /** Thrown for a line longer than the limit, after the rest of that line has been read past. */
    static final class LineTooLongException extends IOException {
        LineTooLongException(int limit) {
            super("a line longer than " + limit + " characters");
        }
    }

    private final Reader in;
    private final int limit;
    private final char[] buffer = new char[8192];
    private int position;
    private int end;
    /** The last line ended with CR: a LF right after it belongs to that line end. */
    private boolean afterCarriageReturn;

    BoundedLineReader(Reader in, int limit) {
        this.in = in;
        this.limit = limit;
    }

    /** The next line without its end, or null at the end of the stream. */
    String readLine() throws IOException {
        StringBuilder line = null;
        boolean tooLong = false;
        while (true) {
            if (position == end && !fill()) {
                if (tooLong) {
                    throw new LineTooLongException(limit);
                }
                return line == null ? null : line.toString();
            }
            if (afterCarriageReturn) {
                afterCarriageReturn = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            if (line == null) {
                line = new StringBuilder();
            }
            int start = position;
            while (position < end && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            if (!tooLong) {
                if (line.length() + (position - start) > limit) {
                    tooLong = true;
                    line.setLength(0);
                } else {
                    line.append(buffer, start, position - start);
                }
            }
            if (position < end) {
                afterCarriageReturn = buffer[position] == '\r';
                position++;
                if (tooLong) {
                    throw new LineTooLongException(limit);
                }
                return line.toString();
            }
        }
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            return false;
        }
        position = 0;
        end = n;
        return true;
    }
}
