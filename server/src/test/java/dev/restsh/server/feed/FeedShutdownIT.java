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
 * or after the restart), rather than cut when the graceful shutdown gives up on them.
 */
class FeedShutdownIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void stoppingEndsFeedConnectionsWithAReason(@TempDir Path dataDirectory) throws Exception {
        Path log = dataDirectory.resolve("server.log");
        try (ServerProcess server = ServerProcess.start(dataDirectory, log);
                EventStream stream = EventStream.open(server.base().resolve("/ips/events"));
                SocketMessages socket = SocketMessages.connect(
                        URI.create(server.base().toString().replaceFirst("^http", "ws") + "/ips/changes"))) {
            stream.next(WAIT); // subscribed
            socket.next(WAIT);

            server.requestShutdown();
            EventStream.Event last = stream.nextEvent(WAIT);
            assertEquals("error", last.type());
            assertTrue(last.data().contains("the server is stopping"), last.data());
            SocketMessages.Closed closed = socket.closed(WAIT);
            assertEquals(1001, closed.code());
            assertEquals("the server is stopping", closed.reason());
        }
    }
}
