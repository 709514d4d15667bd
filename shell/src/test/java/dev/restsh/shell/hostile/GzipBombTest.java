package dev.restsh.shell.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.SmallHeapRestsh;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gzip bomb: 150 kB on the wire, 150 MB once decoded, taken by a restsh with a 64 MB heap. The decoded body
 * streams (to a temp file above 4 MiB), so memory stays bounded and every byte arrives (a real JVM, as users run).
 */
class GzipBombTest {
    private static final int DECODED = 150_000_000;

    @AutoClose
    static final HostileServer server = new HostileServer().reply("/bomb", bomb(), HostileServer.End.CLOSE);

    @TempDir
    Path home;

    private static byte[] bomb() {
        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
            byte[] zeros = new byte[1 << 20];
            for (int written = 0; written < DECODED; written += zeros.length) {
                gzip.write(zeros, 0, Math.min(zeros.length, DECODED - written));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Encoding: gzip\r\n"
                        + "Content-Length: " + zipped.size() + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        reply.writeBytes(head);
        reply.writeBytes(zipped.toByteArray());
        return reply.toByteArray();
    }

    @Test
    void aGzipBombIsDecodedInBoundedMemory() throws Exception {
        int status = SmallHeapRestsh.run(home, "-c", "get " + server.base() + "/bomb -b", "-c", "response.complete");
        String err = Files.readString(home.resolve("err"));
        assertThat(status).as(err).isZero();
        assertThat(err).doesNotContain("memory").doesNotContain("Exception");
        // the decoded zeros, then what response.complete printed
        assertThat(Files.size(home.resolve("out"))).isEqualTo(DECODED + "True\n".length());
    }
}
