package dev.restsh.shell.render;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A buffer of UTF-8 output bytes, written in large chunks to a byte stream when the console has one (a terminal,
 * file or pipe: no decoding, no re-encoding), else decoded to the console's writer (tests, string buffers).
 */
public final class ByteSink {
    private static final int SIZE = 1 << 16;
    private static final int FIRST_SIZE = 1 << 12;

    private final PrintWriter writer;
    private final OutputStream stream;
    private byte[] buffer = new byte[FIRST_SIZE];
    private int count;

    /** {@code stream} may be null: then the bytes are decoded and written to {@code writer}. */
    public ByteSink(PrintWriter writer, OutputStream stream) {
        this.writer = writer;
        this.stream = stream;
        writer.flush(); // what was printed before comes first
    }

    public void write(int b) throws IOException {
        room(1);
        buffer[count++] = (byte) b;
    }

    public void write(byte[] bytes) throws IOException {
        write(bytes, 0, bytes.length);
    }

    public void write(byte[] bytes, int offset, int length) throws IOException {
        room(length);
        System.arraycopy(bytes, offset, buffer, count, length);
        count += length;
    }

    /**
     * Makes room for {@code length} more bytes: the buffer grows up to {@link #SIZE} (most bodies are small, and
     * a session renders one per request), then drains; it grows beyond only for a byte run larger than itself
     * (and up to 3 bytes of a character kept from the last drain).
     */
    private void room(int length) throws IOException {
        if (count + length <= buffer.length) {
            return;
        }
        if (count + length > SIZE) {
            drain();
            if (count + length <= buffer.length) {
                return;
            }
        }
        buffer = Arrays.copyOf(buffer, Math.max(count + length, Math.min(SIZE, buffer.length * 2)));
    }

    /** True when enough is buffered to be worth writing out. */
    public boolean full() {
        return count >= SIZE - 1024;
    }

    /** Output that nobody reads any more (a pager quit, {@code | head} exited): the rest is dropped. */
    public static final class Closed extends IOException {
        Closed(IOException cause) {
            super("output closed", cause);
        }
    }

    /** Writes out what is buffered and flushes it to the screen, file or pipe. */
    public void flush() throws IOException {
        drain();
        try {
            if (stream != null) {
                stream.flush();
            } else {
                writer.flush();
            }
        } catch (IOException e) {
            throw new Closed(e);
        }
        if (writer.checkError() && stream == null) {
            throw new Closed(new IOException("write failed"));
        }
    }

    private void drain() throws IOException {
        if (count == 0) {
            return;
        }
        if (stream != null) {
            try {
                stream.write(buffer, 0, count);
            } catch (IOException e) {
                throw new Closed(e);
            }
            count = 0;
            return;
        }
        // Decode only whole characters: a multi-byte sequence cut at the end waits for its other bytes.
        int end = completeUtf8(buffer, count);
        writer.write(new String(buffer, 0, end, StandardCharsets.UTF_8));
        System.arraycopy(buffer, end, buffer, 0, count - end);
        count -= end;
    }

    private static int completeUtf8(byte[] bytes, int length) {
        for (int back = 1; back <= Math.min(3, length); back++) {
            int b = bytes[length - back] & 0xff;
            if (b < 0x80) {
                return length;
            }
            if (b >= 0xc0) {
                int needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
                return needed > back ? length - back : length;
            }
        }
        return length;
    }
}
