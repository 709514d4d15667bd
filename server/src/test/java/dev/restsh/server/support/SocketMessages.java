package dev.restsh.server.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A WebSocket client (java.net.http) that queues the text messages it receives; each wait has a deadline. */
public final class SocketMessages implements WebSocket.Listener, AutoCloseable {
    public record Closed(int code, String reason) {}

    private final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    public static SocketMessages connect(URI uri) {
        SocketMessages client = new SocketMessages();
        client.socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, client)
                .join();
        return client;
    }

    public WebSocket socket() {
        return socket;
    }

    public void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The next text message; fails if none comes within the limit. */
    public String next(Duration limit) throws InterruptedException {
        String message = messages.poll(limit.toMillis(), TimeUnit.MILLISECONDS);
        if (message == null) {
            throw new AssertionError(
                    "no message within " + limit + (closed.isDone() ? "; closed: " + closed.join() : ""));
        }
        return message;
    }

    /** How the server closed the connection; fails if it does not within the limit. */
    public Closed closed(Duration limit) throws Exception {
        return closed.get(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            messages.add(partial.toString());
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }

    @Override
    public void close() {
        if (!socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").exceptionally(failed -> null);
        }
        socket.abort();
    }
}
