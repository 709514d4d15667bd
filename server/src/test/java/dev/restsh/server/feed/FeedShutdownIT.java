package dev.restsh.server.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restsh.server.support.EventStream;
import dev.restsh.server.support.ServerProcess;
import dev.restsh.server.support.SocketMessages;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM with feed connections open: they are ended at once, with a reason the clients can act on (resume elsewhere
 * or after the restart), rather than cut when the graceful shutdown gives up on them (quarkus.shutdown.timeout, 10 s),
 * so the process exits promptly.
 */
class FeedShutdownIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** Far below the 10 s that Quarkus would wait for connections still open, far above a loaded machine's exit. */
    private static final Duration PROMPT_EXIT = Duration.ofSeconds(5);

    @Test
    void stoppingEndsFeedConnectionsWithAReasonAndExitsPromptly(@TempDir Path dataDirectory) throws Exception {
        Path log = dataDirectory.resolve("server.log");
        try (ServerProcess server = ServerProcess.start(dataDirectory, log);
                EventStream stream = EventStream.open(server.base().resolve("/ips/events"));
                SocketMessages socket = SocketMessages.connect(
                        URI.create(server.base().toString().replaceFirst("^http", "ws") + "/ips/changes"))) {
            String subscribed = stream.next(WAIT).data(); // ": inventory changes after revision R"
            String head = subscribed.substring(subscribed.lastIndexOf(' ') + 1);
            socket.next(WAIT);

            long stopping = System.nanoTime();
            server.requestShutdown();
            EventStream.Event last = stream.nextEvent(WAIT);
            assertEquals("error", last.type());
            assertTrue(last.data().contains("the server is stopping; resume after revision " + head), last.data());
            assertEquals("end", stream.next(WAIT).type(), "the stream ends after the error event");
            SocketMessages.Closed closed = socket.closed(WAIT);
            assertEquals(1001, closed.code());
            assertEquals("the server is stopping", closed.reason());

            assertTrue(server.awaitExit(WAIT), "the server did not exit within " + WAIT);
            Duration exit = Duration.ofNanos(System.nanoTime() - stopping);
            assertTrue(exit.compareTo(PROMPT_EXIT) < 0, "exited after " + exit + ", expected under " + PROMPT_EXIT);
        }
    }
}
