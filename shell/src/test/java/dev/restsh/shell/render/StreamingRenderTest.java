package dev.restsh.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.FixtureServer;
import dev.restsh.shell.ShellHarness;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A body that arrives slowly is shown as it arrives, not after its last byte. */
class StreamingRenderTest {
    @Test
    void firstLinesShowBeforeTheBodyHasEnded() throws Exception {
        try (FixtureServer server = new FixtureServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            CompletableFuture<Integer> status = CompletableFuture.supplyAsync(() -> shell.line("get /slow"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!shell.out().contains("\"first\": 1") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(shell.out()).startsWith("[\n    {\n        \"first\": 1\n    }");
            assertThat(server.slowFinished()).isFalse();
            assertThat(status).isNotDone();

            server.release();
            assertThat(status.get(10, TimeUnit.SECONDS)).isZero();
            assertThat(shell.out())
                    .isEqualTo("[\n    {\n        \"first\": 1\n    },\n    {\n        \"last\": 2\n    }\n]\n");
        }
    }

    @Test
    void interruptingWhileTheBodyArrivesCancelsTheDownload() throws Exception {
        try (FixtureServer server = new FixtureServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            int[] status = {-1};
            Thread command = new Thread(() -> status[0] = shell.line("get /slow"));
            command.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!shell.out().contains("\"first\": 1") && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            command.interrupt(); // what Ctrl-C does in the REPL
            command.join(10_000);
            assertThat(command.isAlive()).isFalse();
            assertThat(status[0]).isEqualTo(7);
            assertThat(shell.err()).contains("restsh: download cancelled: " + server.base() + "/slow");
            assertThat(shell.context()
                            .session()
                            .history()
                            .latest()
                            .orElseThrow()
                            .response()
                            .body()
                            .complete())
                    .isTrue();
        }
    }

    @Test
    void jqAndSaveWaitForTheWholeBody() throws Exception {
        try (FixtureServer server = new FixtureServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            server.release();
            shell.line("get /slow");
            shell.clear();
            assertThat(shell.line("jq -c '.[1]'")).isZero();
            assertThat(shell.out()).isEqualTo("{\"last\":2}\n");
        }
    }
}
