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

    /**
     * {@code in} checked against the Content-Length of a response that has a body (not HEAD, 1xx, 204 or 304);
     * as it is when there is no usable length. java.net.http, too, can report a cut body as its end.
     */
    static InputStream of(InputStream in, Headers headers, String method, int status) {
        if (method.equals("HEAD") || status < 200 || status == 204 || status == 304) {
            return in;
        }
        try {
            long declared = headers.first("content-length").map(Long::parseLong).orElse(-1L);
            return declared >= 0 ? new LengthCheckingStream(in, declared) : in;
        } catch (NumberFormatException e) {
            return in;
        }
    }

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
        int n;
        try {
            n = super.read(buffer, offset, length);
        } catch (EOFException e) {
            throw e;
        } catch (IOException e) {
            // java.net.http says only "closed": say how much of what was announced arrived
            throw new IOException(e.getMessage() + " after " + received + " of " + expected + " bytes", e);
        }
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
