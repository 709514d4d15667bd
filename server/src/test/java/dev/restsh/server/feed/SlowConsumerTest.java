package dev.restsh.server.feed;

import static dev.restsh.server.support.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
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
 * unsent, the server ends its stream (SSE) or closes its WebSocket with the reason, instead of queueing every later
 * change in memory. Both clients are raw sockets, so that nothing reads on their behalf.
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
    void anEventStreamThatIsNotReadIsEndedWithTheReason() throws Exception {
        int before = feed.subscribers();
        try (Socket socket =
                unreadConnection("GET /ips/events HTTP/1.1\r\nHost: localhost\r\nAccept: text/event-stream\r\n\r\n")) {
            awaitSubscribers(before + 1);
            int written = writeUntilDropped(before, "172.21.");

            String stream = readUntil(socket, "too slow");
            assertTrue(stream.contains("event: error"), stream.substring(Math.max(0, stream.length() - 500)));
            int delivered = stream.split("event: created", -1).length - 1;
            assertTrue(delivered < written, delivered + " of " + written + " changes were sent");
        }
    }

    @Test
    void aWebSocketThatIsNotReadIsClosedWithCodeAndReason() throws Exception {
        int before = feed.subscribers();
        try (Socket socket = unreadConnection(
                "GET /ips/changes HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\n"
                        + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n")) {
            awaitSubscribers(before + 1);
            int written = writeUntilDropped(before, "172.22.");

            CloseFrame closed = readUntilClose(socket);
            assertEquals(1008, closed.code(), closed.reason());
            assertTrue(closed.reason().startsWith("too slow: "), closed.reason());
            assertTrue(closed.reason().contains("resume after revision "), closed.reason());
            assertTrue(closed.changes() < written, closed.changes() + " of " + written + " changes were sent");
        }
    }

    /** A connection that sends the request and then reads nothing, with a small window for the server to fill. */
    private Socket unreadConnection(String request) throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096); // before connecting: the window the server may fill
        socket.connect(new InetSocketAddress(events.getHost(), events.getPort()));
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    /** Adds addresses in {@code net}0.0/16 until the feed has dropped the subscriber; how many it took. */
    private int writeUntilDropped(int subscribersBefore, String net) {
        Instant deadline = Instant.now().plus(LIMIT);
        int written = 0;
        while (feed.subscribers() > subscribersBefore) {
            assertTrue(Instant.now().isBefore(deadline), "still subscribed after " + written + " changes");
            json("{\"ip\": \"" + net + (written / 250) + "." + (written % 250) + "\", \"label\": \"" + LABEL + "\"}")
                    .post("/ips")
                    .then()
                    .statusCode(201);
            written++;
        }
        return written;
    }

    private void awaitSubscribers(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(LIMIT);
        while (feed.subscribers() != count) {
            assertTrue(Instant.now().isBefore(deadline), "no subscriber");
            Thread.onSpinWait();
        }
    }

    private record CloseFrame(int code, String reason, int changes) {}

    /** Reads the WebSocket's handshake answer, then its frames up to the close frame, counting the text messages. */
    private static CloseFrame readUntilClose(Socket socket) throws Exception {
        socket.setSoTimeout(10_000);
        DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        StringBuilder head = new StringBuilder();
        while (head.indexOf("\r\n\r\n") < 0) {
            head.append((char) in.readUnsignedByte());
        }
        assertTrue(head.toString().startsWith("HTTP/1.1 101"), head.toString());
        int texts = 0;
        while (true) {
            int opcode = in.readUnsignedByte() & 0x0f;
            long length = in.readUnsignedByte() & 0x7f; // the server's frames are not masked
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = new byte[Math.toIntExact(length)];
            in.readFully(payload);
            if (opcode == 0x8) {
                int code = ((payload[0] & 0xff) << 8) | (payload[1] & 0xff);
                return new CloseFrame(
                        code, new String(payload, 2, payload.length - 2, StandardCharsets.UTF_8), texts - 1);
            }
            if (opcode == 0x1) {
                texts++; // the first is "subscribed"
            }
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
