package dev.restsh.shell.live;

import dev.restsh.shell.Console;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.request.RequestBuilder;
import dev.restsh.shell.session.Session;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The session's WebSocket connection: one at a time (opening another closes the first), opened with the session's
 * base URL, headers, credentials and cookies, its messages kept in the session's {@link MessageLog}.
 */
public final class LiveConnections {
    private final Session session;
    private final LiveOutput output;
    private final MessagePrinter printer;
    private WebSocketConnection current;

    public LiveConnections(Session session, Console console, LiveOutput output) {
        this.session = session;
        this.output = output;
        this.printer = new MessagePrinter(console);
    }

    /** Where received messages are shown (the REPL points it above its prompt). */
    public LiveOutput output() {
        return output;
    }

    public MessagePrinter printer() {
        return printer;
    }

    /**
     * Opens a connection to {@code target} (relative to the base URL, or {@code ws://}, {@code wss://},
     * {@code http://}, {@code https://}) with request items that add headers and query parameters; keeps and shows
     * at most {@code atMost} received messages.
     */
    public synchronized WebSocketConnection open(
            String target, List<String> items, List<String> subprotocols, RequestOptions options, long atMost) {
        RequestSpec handshake = new RequestBuilder(session).build("GET", asHttp(target), items);
        if (handshake.body().length > 0) {
            throw RestshException.usage(
                    "ws takes headers (Name:value) and query parameters (name==value); send a message with: send");
        }
        URI url = asWebSocket(handshake.url());
        if (current != null && !current.isClosed()) {
            current.close(1000, "");
            output.note("closed the connection to " + current.shownUrl() + " (one connection at a time)");
        }
        WebSocketConnection connection = new WebSocketConnection(url, session.messages(), output, printer);
        connection.receiveAtMost(atMost);
        session.messages().expectFromNow();
        session.client().openWebSocket(handshake, url, options, subprotocols, connection);
        current = connection;
        return connection;
    }

    /** The open connection; a usage error when there is none. */
    public synchronized WebSocketConnection current() {
        if (current == null) {
            throw RestshException.usage("no WebSocket connection: open one with ws URL (for example: ws /ips/changes)");
        }
        return current;
    }

    /** Drops the connection, if any, without waiting (the shell is leaving). */
    public synchronized void abort() {
        if (current != null) {
            current.abort();
        }
    }

    /** {@code ws://} and {@code wss://} as the HTTP URLs their handshakes go to; anything else as it is. */
    static String asHttp(String target) {
        String lower = target.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ws://")) {
            return "http://" + target.substring(5);
        }
        if (lower.startsWith("wss://")) {
            return "https://" + target.substring(6);
        }
        return target;
    }

    static URI asWebSocket(URI http) {
        String scheme = http.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw RestshException.usage("a WebSocket URL is ws://, wss://, http:// or https://, not " + scheme + "://");
        }
        try {
            return new URI(scheme.equals("https") ? "wss" : "ws", http.getRawSchemeSpecificPart(), null);
        } catch (URISyntaxException e) {
            throw RestshException.usage("not a WebSocket URL: " + http);
        }
    }
}
