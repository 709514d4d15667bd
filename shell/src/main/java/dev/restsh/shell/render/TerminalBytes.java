package dev.restsh.shell.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A UTF-8 byte stream from the network on its way to a terminal: control characters made visible as
 * {@link TerminalText} shows them, invalid UTF-8 as U+FFFD. Printable ASCII and valid UTF-8 are copied in runs, so
 * the common case is one byte test per byte. A character or a CR LF cut between two writes is held until the next.
 */
final class TerminalBytes {
    private static final byte[] REPLACEMENT = "\ufffd".getBytes(StandardCharsets.UTF_8);

    private final ByteSink out;
    private final byte[] pending = new byte[4];
    private int pendingCount;
    private boolean pendingCr;

    TerminalBytes(ByteSink out) {
        this.out = out;
    }

    void write(byte[] bytes, int offset, int length) throws IOException {
        if (pendingCount > 0) {
            byte[] joined = new byte[pendingCount + length];
            System.arraycopy(pending, 0, joined, 0, pendingCount);
            System.arraycopy(bytes, offset, joined, pendingCount, length);
            pendingCount = 0;
            bytes = joined;
            offset = 0;
            length = joined.length;
        }
        int end = offset + length;
        if (pendingCr && length > 0) {
            pendingCr = false;
            out.write(bytes[offset] == '\n' ? new byte[] {'\r'} : TerminalText.visibleBytes('\r'));
        }
        int run = offset;
        int i = offset;
        while (i < end) {
            int b = bytes[i] & 0xff;
            if (b >= 0x20 && b < 0x7f || b == '\n' || b == '\t') {
                i++;
                continue;
            }
            if (b == '\r' && i + 1 < end && bytes[i + 1] == '\n') {
                i += 2;
                continue;
            }
            out.write(bytes, run, i - run);
            run = i;
            if (b == '\r' && i + 1 == end) {
                pendingCr = true;
                return;
            }
            if (b < 0x80) {
                out.write(TerminalText.visibleBytes(b));
                run = ++i;
                continue;
            }
            int size = Utf8.sequence(bytes, i, end);
            if (size == Utf8.CUT) {
                pendingCount = end - i;
                System.arraycopy(bytes, i, pending, 0, pendingCount);
                return;
            }
            if (size == Utf8.INVALID) {
                out.write(REPLACEMENT);
                i += Utf8.invalidLength(bytes, i, end);
                run = i;
            } else if (b == 0xc2 && (bytes[i + 1] & 0xff) < 0xa0) {
                out.write(TerminalText.visibleBytes(bytes[i + 1] & 0xff));
                i += 2;
                run = i;
            } else {
                i += size; // a valid character: part of the run
            }
        }
        out.write(bytes, run, end - run);
    }

    /** At the end of the stream: a character cut short is invalid, a final CR is shown. */
    void finish() throws IOException {
        if (pendingCount > 0) {
            pendingCount = 0;
            out.write(REPLACEMENT);
        }
        if (pendingCr) {
            pendingCr = false;
            out.write(TerminalText.visibleBytes('\r'));
        }
    }
}
