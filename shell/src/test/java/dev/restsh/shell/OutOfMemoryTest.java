package dev.restsh.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command that runs out of heap is one line of error, and the lines after it still run (a real small-heap JVM). */
class OutOfMemoryTest {
    @TempDir
    Path home;

    @Test
    void runningOutOfHeapIsOneLineAndTheSessionGoesOn() throws Exception {
        try (LoopbackServer server = new LoopbackServer().route("/big", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                bigArray(out);
            }
        })) {
            int status = SmallHeapRestsh.run(
                    home, "-c", "get " + server.base() + "/big -b", "-c", "len(response.json())", "-c", "len('abc')");
            String err = Files.readString(home.resolve("err"));
            List<String> out = Files.readAllLines(home.resolve("out"));
            assertThat(status).as(err).isEqualTo(1);
            assertThat(err).contains("restsh: out of memory (").doesNotContain("Exception in thread", "\tat ");
            assertThat(err.lines().filter(line -> line.contains("out of memory")))
                    .hasSize(1);
            assertThat(out).last().isEqualTo("3");
        }
    }

    /** About 40 MB of JSON: 2.5 million small objects, far more than 64 MB once parsed into a tree. */
    private static void bigArray(OutputStream out) throws IOException {
        byte[] item = "{\"ip\":\"10.0.0.1\"},".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream();
        for (int i = 0; i < 10_000; i++) {
            chunk.write(item);
        }
        byte[] bytes = chunk.toByteArray();
        out.write('[');
        for (int i = 0; i < 250; i++) {
            out.write(bytes);
        }
        out.write("{}]".getBytes(StandardCharsets.US_ASCII));
    }
}
