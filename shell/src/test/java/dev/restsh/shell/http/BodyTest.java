package dev.restsh.shell.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class BodyTest {
    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(7).nextBytes(bytes);
        return bytes;
    }

    @Test
    void smallBodiesStayInMemory() {
        Body body = Body.receiving(() -> {});
        body.fill(new ByteArrayInputStream(random(1000)));
        assertThat(body.complete()).isTrue();
        assertThat(body.onDisk()).isFalse();
        assertThat(body.bytes()).isEqualTo(random(1000));
    }

    @Test
    void largeBodiesMoveToDiskAndReadBackExactly() throws IOException {
        byte[] bytes = random(Body.MEMORY_LIMIT * 2 + 123);
        Body body = Body.receiving(() -> {});
        body.fill(new ByteArrayInputStream(bytes));
        assertThat(body.onDisk()).isTrue();
        assertThat(body.size()).isEqualTo(bytes.length);
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        body.writeTo(copy);
        assertThat(copy.toByteArray()).isEqualTo(bytes);
        assertThat(body.head(10)).isEqualTo(java.util.Arrays.copyOf(bytes, 10));
    }

    @Test
    void readersSeeBytesWhileTheBodyIsArriving() throws Exception {
        Body body = Body.receiving(() -> {});
        body.append(new byte[] {1, 2, 3}, 0, 3);
        InputStream in = body.open();
        byte[] buffer = new byte[10];
        assertThat(in.read(buffer)).isEqualTo(3);
        assertThat(in.available()).isZero();
        CompletableFuture<Integer> waiting = new CompletableFuture<>();
        Thread reader = readOnItsOwnThread(() -> in.read(buffer), waiting);
        awaitWaiting(reader);
        assertThat(waiting).isNotDone();
        body.append(new byte[] {4}, 0, 1);
        assertThat(waiting.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        body.finish();
        assertThat(in.read(buffer)).isEqualTo(-1);
    }

    @Test
    void aCutDownloadIsAnErrorForReaders() {
        Body body = Body.receiving(() -> {});
        body.fill(new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ < 5) {
                    return 'x';
                }
                throw new IOException("connection reset");
            }
        });
        assertThatThrownBy(() -> body.open().readAllBytes())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("connection reset");
    }

    @Test
    void interruptingAWaitingReaderCancelsTheDownload() throws Exception {
        CountDownLatch cancelled = new CountDownLatch(1);
        Body body = Body.receiving(cancelled::countDown);
        CompletableFuture<Integer> read = new CompletableFuture<>();
        Thread reader = readOnItsOwnThread(() -> body.open().read(), read);
        awaitWaiting(reader);
        reader.interrupt();
        assertThatThrownBy(() -> read.get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(InterruptedIOException.class);
        assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(body.complete()).isTrue();
    }

    @Test
    void ctrlCWhileReadingABodyOnDiskKeepsWhatArrivedReadable() throws Exception {
        byte[] arrived = random(Body.MEMORY_LIMIT + 4096);
        CountDownLatch cancelled = new CountDownLatch(1);
        Body body = Body.receiving(cancelled::countDown);
        body.append(arrived, 0, arrived.length);
        assertThat(body.onDisk()).isTrue();

        Thread.currentThread().interrupt(); // Ctrl-C while the reader is behind the download
        assertThatThrownBy(() -> body.open().read(new byte[65536])).isInstanceOf(InterruptedIOException.class);
        assertThat(Thread.interrupted()).isTrue();

        assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(body.cancelled()).isTrue();
        assertThat(body.bytes()).isEqualTo(arrived);
    }

    /** Starts a thread that reads once; {@code result} gets what the read returned or threw. */
    private static Thread readOnItsOwnThread(Callable<Integer> read, CompletableFuture<Integer> result) {
        Thread reader = new Thread(() -> {
            try {
                result.complete(read.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        reader.start();
        return reader;
    }

    /** Returns once the thread waits (for bytes, in the body's monitor), within ten seconds. */
    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (thread.getState() != Thread.State.WAITING) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(thread.getName() + " did not start waiting: " + thread.getState());
            }
            Thread.sleep(1);
        }
    }
}
