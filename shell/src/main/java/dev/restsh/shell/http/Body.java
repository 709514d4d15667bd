package dev.restsh.shell.http;

import dev.restsh.shell.ErrorText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A response body, filled by the transport while readers already read it: the renderer shows the first
 * screenful before the last byte has arrived. Bodies above {@link #MEMORY_LIMIT} move to an unlinked temp file,
 * so memory stays bounded however large the body. A download stopped by Ctrl-C keeps what arrived, readable,
 * and says so ({@link #cancelled()}).
 */
public final class Body {
    /** Bytes kept on the heap before the body moves to a temp file. */
    public static final int MEMORY_LIMIT = 4 << 20;

    private static final Body EMPTY = of(new byte[0]);

    private byte[] memory = new byte[8192];
    // Not a FileChannel: an interrupt (Ctrl-C) during a channel's read closes the channel for good, and the
    // bytes that had arrived could not be read any more. RandomAccessFile ignores interrupts; the lock orders
    // its seeks.
    private RandomAccessFile file;
    private long length;
    private boolean complete;
    private IOException failure;
    private Runnable cancel = () -> {};

    private Body() {}

    public static Body empty() {
        return EMPTY;
    }

    /** A complete body holding these bytes. */
    public static Body of(byte[] bytes) {
        Body body = new Body();
        body.memory = bytes;
        body.length = bytes.length;
        body.complete = true;
        return body;
    }

    /** A body still arriving; {@code cancel} drops the download (called on Ctrl-C while a reader waits). */
    public static Body receiving(Runnable cancel) {
        Body body = new Body();
        body.cancel = cancel;
        return body;
    }

    /** Copies a stream into a new body on the calling thread (the transports call this on a worker). */
    public void fill(InputStream in) {
        byte[] buffer = new byte[8192]; // most bodies are small; grown while reads fill it
        try (in) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                append(buffer, 0, read);
                if (read == buffer.length && buffer.length < 65536) {
                    buffer = new byte[buffer.length * 2];
                }
            }
            finish();
        } catch (IOException e) {
            fail(e);
        }
    }

    synchronized void append(byte[] bytes, int offset, int count) throws IOException {
        if (complete) {
            throw new IOException("download cancelled");
        }
        if (file == null && length + count > MEMORY_LIMIT) {
            spill();
        }
        if (file != null) {
            file.seek(length);
            file.write(bytes, offset, count);
        } else {
            if (length + count > memory.length) {
                memory = Arrays.copyOf(memory, (int) Math.max(length + count, memory.length * 2L));
            }
            System.arraycopy(bytes, offset, memory, (int) length, count);
        }
        length += count;
        notifyAll();
    }

    private void spill() throws IOException {
        Path path = Files.createTempFile("restsh-body-", ".tmp");
        file = new RandomAccessFile(path.toFile(), "rw");
        try {
            Files.delete(path); // the open file keeps the data; nothing is left behind, even on kill
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
        file.write(memory, 0, (int) length);
        memory = null;
    }

    synchronized void finish() {
        complete = true;
        trim();
        notifyAll();
    }

    synchronized void fail(IOException error) {
        if (!complete) {
            failure = error;
            complete = true;
            trim();
            notifyAll();
        }
    }

    /**
     * Fits a complete body's bytes to its size: the history keeps every body, and a session's small bodies would
     * otherwise each hold the first 8 KB buffer (more work for every garbage collection, and more heap).
     */
    private void trim() {
        if (memory != null && memory.length > length) {
            memory = Arrays.copyOf(memory, (int) length);
        }
    }

    /**
     * Stops the download (Ctrl-C): readers see the body as it was. The connection is closed on another thread:
     * closing it may wait for the worker that fills this body, which may be waiting for this body's lock.
     */
    public void cancel() {
        fail(new InterruptedIOException("download cancelled"));
        Thread closer = new Thread(cancel, "restsh-cancel");
        closer.setDaemon(true);
        closer.start();
    }

    public synchronized boolean complete() {
        return complete;
    }

    /** True when Ctrl-C stopped the download: the body holds only the bytes that arrived before. */
    public synchronized boolean cancelled() {
        return failure instanceof InterruptedIOException;
    }

    /** True when the body is kept in a temp file rather than on the heap. */
    public synchronized boolean onDisk() {
        return file != null;
    }

    /** Waits for the end of the body: true when all of it arrived, false when the transfer broke or was cancelled. */
    public boolean whole() {
        size();
        synchronized (this) {
            return failure == null;
        }
    }

    /** The size received so far (the full size once {@link #complete()}). */
    public synchronized long received() {
        return length;
    }

    /** Waits for the whole body and returns its size. */
    public long size() {
        awaitLength(Long.MAX_VALUE);
        return received();
    }

    /** Waits until {@code wanted} bytes or the end have arrived; false when the body ended before. */
    synchronized boolean awaitLength(long wanted) {
        try {
            while (length < wanted && !complete) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new UncheckedIOException(new InterruptedIOException("download cancelled"));
        }
        return length >= wanted;
    }

    /** The whole body as bytes (waits for it). Loads an on-disk body into memory: prefer {@link #open()}. */
    public byte[] bytes() {
        long size = size();
        if (size > Integer.MAX_VALUE - 16) {
            throw new UncheckedIOException(new IOException("the body is too large to hold in memory: " + size));
        }
        return head((int) size);
    }

    /** Up to the first {@code count} bytes (waits until they arrived or the body ended). */
    public byte[] head(int count) {
        awaitLength(count);
        try (InputStream in = open()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(count, received()));
            // No larger than asked for: the renderer asks for a few bytes of every response to classify it.
            byte[] buffer = new byte[Math.max(1, Math.min(65536, count))];
            int read;
            while (out.size() < count
                    && (read = in.read(buffer, 0, Math.min(buffer.length, count - out.size()))) >= 0) {
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first bytes that have arrived, at most {@code count}: waits for the first byte only, so a slow body
     * can be classified (JSON, text, binary) before the rest comes.
     */
    public byte[] arrived(int count) {
        awaitLength(1);
        return head((int) Math.min(count, received()));
    }

    /** Writes the whole body, exactly as received, to a stream. */
    public void writeTo(OutputStream out) throws IOException {
        try (InputStream in = open()) {
            in.transferTo(out);
        }
    }

    /** A stream over the body from its first byte, which waits for bytes still arriving. */
    public InputStream open() {
        return new Reader();
    }

    /** Reads at a position: at most {@code count} bytes, -1 at the end, waiting while the body is arriving. */
    private synchronized int read(long position, byte[] target, int offset, int count) throws IOException {
        try {
            // Ctrl-C stops a reader that is behind the download too, not only one waiting for bytes.
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException();
            }
            while (position >= length && !complete) {
                wait();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            throw new InterruptedIOException("download cancelled");
        }
        if (position >= length) {
            if (failure != null && !(failure instanceof InterruptedIOException)) {
                throw new IOException(
                        "the transfer broke after " + length + " bytes of the body: " + ErrorText.of(failure), failure);
            }
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        if (file == null) {
            System.arraycopy(memory, (int) position, target, offset, n);
            return n;
        }
        file.seek(position);
        file.readFully(target, offset, n);
        return n;
    }

    private final class Reader extends InputStream {
        private long position;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int count) throws IOException {
            if (count == 0) {
                return 0;
            }
            int n = Body.this.read(position, target, offset, count);
            if (n > 0) {
                position += n;
            }
            return n;
        }

        @Override
        public int available() {
            return (int) Math.min(Integer.MAX_VALUE, received() - position);
        }
    }
}
