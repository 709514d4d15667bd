package dev.restsh.shell.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.Console;
import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C while a large body (spooled to disk) is arriving: one clear message, and the response that stays in
 * the session is marked incomplete and holds the bytes that arrived, readable by every command.
 */
class CancelledDownloadTest {
    @TempDir
    Path folder;

    @Test
    void aCancelledDownloadKeepsWhatArrivedMarkedIncomplete() throws Exception {
        try (LoopbackServer server = endlessServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            int[] status = {-1};
            Thread command = new Thread(() -> {
                // The body goes nowhere, fast, as to a terminal: the reader keeps up with the download.
                try (Console.Redirection ignored = shell.context()
                        .console()
                        .redirect(new PrintWriter(Writer.nullWriter()), OutputStream.nullOutputStream())) {
                    status[0] = shell.line("get /big --no-pager");
                }
            });
            command.start();
            awaitOnDisk(shell);
            command.interrupt(); // what Ctrl-C does in the REPL
            command.join(20_000);
            assertThat(command.isAlive()).isFalse();

            assertThat(status[0]).isEqualTo(7);
            assertThat(shell.err())
                    .contains("restsh: download cancelled: http://127.0.0.1:")
                    .contains("arrived; kept in the response, marked incomplete")
                    .doesNotContain("null");
            Body body = shell.context()
                    .session()
                    .history()
                    .latest()
                    .orElseThrow()
                    .response()
                    .body();
            assertThat(body.cancelled()).isTrue();
            long arrived = body.received();

            shell.clear();
            assertThat(shell.line("len(response.content)")).isZero();
            assertThat(shell.out().strip()).isEqualTo(Long.toString(arrived));
            assertThat(shell.line("response.text[0:10]")).isZero();
            assertThat(shell.out()).contains("xxxxxxxxxx");
            Path saved = folder.resolve("x");
            assertThat(shell.line("save " + saved)).isZero();
            assertThat(Files.size(saved)).isEqualTo(arrived);
            shell.clear();
            assertThat(shell.line("history")).isZero();
            assertThat(shell.out()).contains("/big  (cancelled: body incomplete)");
            assertThat(shell.err()).isEmpty();
        }
    }

    private static void awaitOnDisk(ShellHarness shell) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            var latest = shell.context().session().history().latest();
            if (latest.isPresent() && latest.get().response().body().received() > 2L * Body.MEMORY_LIMIT) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the body did not arrive");
    }

    /** Sends lines of x, without end, until the client goes away. */
    private static LoopbackServer endlessServer() {
        byte[] chunk = new byte[64 * 1024];
        Arrays.fill(chunk, (byte) 'x');
        chunk[chunk.length - 1] = '\n';
        return new LoopbackServer().route("/big", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the client cancelled
            }
        });
    }
}
