package dev.restsh.server.feed;

import static dev.restsh.server.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * A client that stops reading: once its socket buffers are full and {@link FeedTestSettings#BUFFER} events wait
 * unsent, the server ends its stream with the reason, instead of queueing every later change in memory.
 */
@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
@WithTestResource(FeedTestSettings.class)
class SlowConsumerTest {
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final String LABEL = "x".repeat(200);

    @TestHTTPResource("/ips/events")
    URI events;

    @Inject
    ChangeFeed feed;

    @Test
    void aConsumerThatDoesNotReadIsDisconnectedWithTheReason() throws Exception {
        int before = feed.subscribers();
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(4096); // before connecting: the window the server may fill
            socket.connect(new InetSocketAddress(events.getHost(), events.getPort()));
            socket.getOutputStream()
                    .write(("GET /ips/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            awaitSubscribers(before + 1);

            Instant deadline = Instant.now().plus(LIMIT);
            int written = 0;
            while (feed.subscribers() > before) {
                assertTrue(Instant.now().isBefore(deadline), "still subscribed after " + written + " changes");
                json("{\"ip\": \"172.21." + (written / 250) + "." + (written % 250) + "\", \"label\": \"" + LABEL
                                + "\"}")
                        .post("/ips")
                        .then()
                        .statusCode(201);
                written++;
            }

            String stream = readUntil(socket, "too slow");
            assertTrue(stream.contains("event: error"), stream.substring(Math.max(0, stream.length() - 500)));
            int delivered = stream.split("event: created", -1).length - 1;
            assertTrue(delivered < written, delivered + " of " + written + " changes were sent");
        }
    }

    private void awaitSubscribers(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(LIMIT);
        while (feed.subscribers() != count) {
            assertTrue(Instant.now().isBefore(deadline), "no subscriber");
            Thread.onSpinWait();
        }
    }

    /** Reads what the server sent until {@code text} appears (or the stream ends or stalls). */
    private static String readUntil(Socket socket, String text) throws Exception {
        socket.setSoTimeout(10_000);
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            int read;
            while ((read = in.read(buffer)) > 0) {
                all.write(buffer, 0, read);
                if (all.toString(StandardCharsets.UTF_8).contains(text)) {
                    break;
                }
            }
        } catch (SocketTimeoutException stalled) {
            // what came is what is checked
        }
        String stream = all.toString(StandardCharsets.UTF_8);
        assertTrue(stream.contains(text), "no '" + text + "' in the " + stream.length() + " characters sent");
        return stream;
    }
}
