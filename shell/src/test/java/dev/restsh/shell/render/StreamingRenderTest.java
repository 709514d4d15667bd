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
