package dev.restsh.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Server-sent events and JSON Lines from a loopback server that holds the stream open after the first event. */
class StreamRenderTest {
    @AutoClose
    private final LoopbackServer server = new LoopbackServer();

    private final CountDownLatch release = new CountDownLatch(1);

    StreamRenderTest() {
        server.route(
                "/events",
                exchange -> stream(
                        exchange,
                        "text/event-stream",
                        ": comment\nevent: tick\nid: 1\ndata: {\"n\": 1, \"ok\": true}\n\n",
                        "event: tick\ndata: not json\n\ndata: {\"n\":\ndata: 2}\n\n"));
        server.route(
                "/lines",
                exchange -> stream(exchange, "application/x-ndjson", "{\"n\": 1}\n", "{\"n\": 2}\n{\"n\": 3}\n"));
        server.route("/text", exchange -> stream(exchange, "text/plain", "{\"n\": 1}\n", "plain line\n"));
    }

    /** Sends the first part, waits until the test has seen it, then sends the rest and ends the body. */
    private void stream(HttpExchange exchange, String type, String first, String rest) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(first.getBytes(StandardCharsets.UTF_8));
            out.flush();
            release.await(20, TimeUnit.SECONDS);
            out.write(rest.getBytes(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @AfterEach
    void release() {
        release.countDown();
    }

    /** Runs the line on another thread; returns once the output shows {@code shown} while the stream is held. */
    private ShellHarness runUntilShown(String line, String shown) throws Exception {
        ShellHarness shell = new ShellHarness(server.base());
        AtomicInteger status = new AtomicInteger(-1);
        Thread runner = new Thread(() -> status.set(shell.line(line)));
        runner.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!shell.out().contains(shown) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(shell.out()).as("shown before the stream ended").contains(shown);
        assertThat(runner.isAlive()).as("the stream is still open").isTrue();
        release.countDown();
        runner.join(10_000);
        assertThat(status.get()).isZero();
        return shell;
    }

    @Test
    void eventsAreShownAsTheyArriveWithJsonPrettyPrinted() throws Exception {
        ShellHarness shell = runUntilShown("get /events", "\"ok\": true");
        assertThat(shell.out())
                .isEqualTo("event: tick  id: 1\n{\n    \"n\": 1,\n    \"ok\": true\n}\n"
                        + "event: tick\nnot json\n{\n    \"n\": 2\n}\n");
    }

    @Test
    void jsonLinesAreShownLineByLine() throws Exception {
        ShellHarness shell = runUntilShown("get /lines", "\"n\": 1");
        assertThat(shell.out()).isEqualTo("{\n    \"n\": 1\n}\n{\n    \"n\": 2\n}\n{\n    \"n\": 3\n}\n");
    }

    @Test
    void aJqFilterRunsOnEachEvent() throws Exception {
        ShellHarness shell = runUntilShown("get /events --jq .n", "1\n");
        assertThat(shell.out()).isEqualTo("1\n2\n");
        assertThat(shell.err()).contains("skipped an event that is not JSON: not json");
    }

    @Test
    void streamForcesAnyTypeLineByLine() throws Exception {
        ShellHarness shell = runUntilShown("get /text --stream", "\"n\": 1");
        assertThat(shell.out()).isEqualTo("{\n    \"n\": 1\n}\nplain line\n");
    }

    @Test
    void theStreamStaysInTheHistory() throws Exception {
        ShellHarness shell = runUntilShown("get /lines", "\"n\": 1");
        shell.clear();
        shell.line("response.text");
        assertThat(shell.out()).isEqualTo("{\"n\": 1}\n{\"n\": 2}\n{\"n\": 3}\n");
    }
}
