package dev.restsh.server.feed;

import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.WebSocketConnection;

/** A WebSocket connection that carries the feed, one JSON text message per event. */
final class SocketSubscriber extends FeedSubscriber {
    /** RFC 6455: "an endpoint is terminating the connection because it has received a message that violates its policy". */
    static final int POLICY_VIOLATION = 1008;
    /** RFC 6455: "an endpoint is going away, such as a server going down". */
    static final int GOING_AWAY = 1001;
    /** A close reason is at most 123 bytes. */
    private static final int REASON_LIMIT = 123;

    private final WebSocketConnection connection;
    private volatile String filter = "{}";

    SocketSubscriber(WebSocketConnection connection, int buffer) {
        super(buffer, EntryFilter.ALL);
        this.connection = connection;
    }

    /** The filter as the client will see it in the {@code subscribed} answer. */
    void filter(EntryFilter filter, String asJson) {
        filter(filter);
        this.filter = asJson;
    }

    @Override
    protected void announceSubscribed(long head) {
        sendUncounted(FeedMessages.subscribed(head, filter));
    }

    @Override
    protected void send(FeedEvent event) {
        connection.sendText(event.message()).subscribe().with(sent -> written(), failed -> written());
    }

    @Override
    protected void announceReset(long revision, String reason) {
        sendUncounted(FeedMessages.reset(revision, reason));
    }

    void error(String message) {
        sendUncounted(FeedMessages.error(message));
    }

    @Override
    void goingAway() {
        close(GOING_AWAY, "the server is stopping");
    }

    @Override
    protected void disconnect(String reason) {
        close(POLICY_VIOLATION, reason);
    }

    void close(int code, String reason) {
        String shortened = reason.length() > REASON_LIMIT ? reason.substring(0, REASON_LIMIT - 1) + "…" : reason;
        while (shortened.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > REASON_LIMIT) {
            shortened = shortened.substring(0, shortened.length() - 2) + "…";
        }
        connection.close(new CloseReason(code, shortened)).subscribe().with(closed -> {}, failed -> {});
    }

    private void sendUncounted(String message) {
        connection.sendText(message).subscribe().with(sent -> {}, failed -> {});
    }
}
