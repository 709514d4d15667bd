package dev.restsh.server.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restsh.server.error.ProblemException;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * {@code /ips/changes}: the feed over WebSocket. Every change from the moment of connecting (or after {@code ?after=}),
 * one JSON message each; a client narrows or resumes it with {@code {"subscribe": {…}}} (see {@link
 * SubscribeMessage}). A message the server cannot use gets an {@code {"type": "error"}} answer and the connection
 * stays; a connection is only ever closed with a code and a reason.
 */
@WebSocket(path = "/ips/changes")
public class ChangesSocket {
    private static final Logger LOG = Logger.getLogger(ChangesSocket.class);
    /** RFC 6455: "an unexpected condition prevented it from fulfilling the request". */
    private static final int INTERNAL_ERROR = 1011;

    private final ChangeFeed feed;
    private final FeedSettings settings;
    private final ObjectMapper json;
    private final Map<String, SocketSubscriber> subscribers = new ConcurrentHashMap<>();

    @Inject
    ChangesSocket(ChangeFeed feed, FeedSettings settings, ObjectMapper json) {
        this.feed = feed;
        this.settings = settings;
        this.json = json;
    }

    @OnOpen
    void open(WebSocketConnection connection) {
        SocketSubscriber subscriber = new SocketSubscriber(connection, settings.buffer());
        subscribers.put(connection.id(), subscriber);
        OptionalLong after;
        try {
            after = Resumption.parse(
                    null, QueryParameter.of(connection.handshakeRequest().query(), "after"));
        } catch (ProblemException e) {
            subscriber.error(e.detail());
            subscriber.close(SocketSubscriber.POLICY_VIOLATION, "invalid after= in the URL");
            return;
        }
        feed.subscribe(subscriber, after);
    }

    @OnTextMessage
    void message(String text, WebSocketConnection connection) {
        SocketSubscriber subscriber = subscribers.get(connection.id());
        if (subscriber == null) {
            return;
        }
        SubscribeMessage subscribe;
        try {
            subscribe = SubscribeMessage.parse(text, json);
        } catch (ProblemException e) {
            subscriber.error(e.detail());
            return;
        }
        subscriber.filter(subscribe.filter(), subscribe.filterJson());
        feed.subscribe(subscriber, subscribe.after());
    }

    @OnBinaryMessage
    void binary(Buffer message, WebSocketConnection connection) {
        SocketSubscriber subscriber = subscribers.get(connection.id());
        if (subscriber != null) {
            subscriber.error("Binary messages are not understood. " + SubscribeMessage.EXPECTED);
        }
    }

    @OnClose
    void close(WebSocketConnection connection) {
        SocketSubscriber subscriber = subscribers.remove(connection.id());
        if (subscriber != null) {
            feed.unsubscribe(subscriber);
        }
    }

    @OnError
    void failure(WebSocketConnection connection, Throwable error) {
        if (error instanceof HttpClosedException) { // the client went away without a close frame: nothing to answer
            LOG.debugf("change feed connection %s was closed by the client", connection.id());
            return;
        }
        LOG.warnf("change feed connection %s failed: %s", connection.id(), error.toString());
        SocketSubscriber subscriber = subscribers.get(connection.id());
        if (subscriber != null) {
            subscriber.close(INTERNAL_ERROR, "server error; reconnect with after= the last revision");
        }
    }
}
