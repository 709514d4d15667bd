package dev.restsh.shell.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
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
        CompletableFuture<Integer> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return in.read(buffer);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        Thread.sleep(50);
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
        java.util.concurrent.CountDownLatch cancelled = new java.util.concurrent.CountDownLatch(1);
        Body body = Body.receiving(cancelled::countDown);
        Thread reader = Thread.currentThread();
        Thread interrupter = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            reader.interrupt();
        });
        interrupter.start();
        assertThatThrownBy(() -> body.open().read()).isInstanceOf(InterruptedIOException.class);
        Thread.interrupted();
        assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(body.complete()).isTrue();
    }

    @Test
    void ctrlCWhileReadingABodyOnDiskKeepsWhatArrivedReadable() throws Exception {
        byte[] arrived = random(Body.MEMORY_LIMIT + 4096);
        java.util.concurrent.CountDownLatch cancelled = new java.util.concurrent.CountDownLatch(1);
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
}
