package dev.restsh.shell.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.InventoryServer;
import dev.restsh.shell.ShellHarness;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Server-sent events of the real inventory server ({@code GET /ips/events}) kept as numbered messages as they arrive. */
class EventStreamMessagesTest {
    private static InventoryServer server;

    @BeforeAll
    static void start() throws Exception {
        server = InventoryServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void eachEventIsAMessageWhileTheStreamIsOpen() throws Exception {
        ShellHarness shell = server.shell();
        // The stream never ends by itself: a read timeout ends it a few seconds after the last event.
        CompletableFuture<Integer> stream =
                CompletableFuture.supplyAsync(() -> shell.line("get /ips/events --timeout 4"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (shell.context().session().history().size() == 0) { // kept when its head arrived: subscribed
            assertThat(System.nanoTime()).as("the stream's head in time").isLessThan(deadline);
            assertThat(stream).isNotDone();
            Thread.onSpinWait();
        }
        assertThat(server.shell().line("post /ips ip=203.0.113.9 label=camera")).isZero();

        Optional<Message> created = shell.context()
                .session()
                .messages()
                .awaitReceived(message -> "created".equals(message.event()), Duration.ofSeconds(20));
        assertThat(created).isPresent();
        assertThat(created.get().id()).matches("\\d+");
        assertThat(created.get().source()).endsWith("/ips/events");
        assertThat(stream).as("inspectable while the stream is still open").isNotDone();

        stream.get(30, TimeUnit.SECONDS); // ended by the read timeout
        shell.clear();
        String name = created.get().name();
        assertThat(shell.line(name + ".event")).isZero();
        assertThat(shell.line(name + ".json()['label']")).isZero();
        assertThat(shell.line("jq -r .ip " + name)).isZero();
        assertThat(shell.line("messages")).isZero();
        assertThat(shell.out())
                .startsWith("created\n\"camera\"\n203.0.113.9\n")
                .contains(name + "   ← received")
                .contains("created: {\"ip\":\"203.0.113.9\"");
    }
}
