package dev.restsh.shell.render;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Runs a flush before every read that would wait for input: what was rendered from the bytes already received
 * reaches the screen while the rest of a slow body is still on its way.
 */
final class FlushBeforeWait extends FilterInputStream {
    interface Flush {
        void run() throws IOException;
    }

    private final Flush flush;

    FlushBeforeWait(InputStream in, Flush flush) {
        super(in);
        this.flush = flush;
    }

    @Override
    public int read() throws IOException {
        if (in.available() == 0) {
            flush.run();
        }
        return in.read();
    }

    @Override
    public int read(byte[] target, int offset, int count) throws IOException {
        if (in.available() == 0) {
            flush.run();
        }
        return in.read(target, offset, count);
    }
}
