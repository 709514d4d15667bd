package dev.restsh.shell.http;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Fails when a body ends before its Content-Length: HttpURLConnection reports a connection closed mid-body as
 * a normal end, which would show a cut body as if it were whole.
 */
final class LengthCheckingStream extends FilterInputStream {
    private final long expected;
    private long received;

    LengthCheckingStream(InputStream in, long expected) {
        super(in);
        this.expected = expected;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        check(b < 0 ? -1 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        check(n);
        return n;
    }

    private void check(int n) throws IOException {
        if (n > 0) {
            received += n;
        } else if (n < 0 && received < expected) {
            throw new EOFException("closed before the body was complete: " + received + " of " + expected + " bytes");
        }
    }
}
