package dev.restsh.shell.live;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.render.TerminalText;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One WebSocket connection (java.net.http): frames joined into messages, each kept in the session's {@link
 * MessageLog} and shown as it arrives; sending and closing for the commands. The listener's methods run on the
 * client's threads, one at a time.
 */
public final class WebSocketConnection implements WebSocket.Listener {
    /** How long {@code close} waits for the server's Close frame before dropping the connection. */
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(5);
    /**
     * The largest message kept, in bytes: a larger one closes the connection with 1009 (message too big, RFC 6455
     * 7.4.1) instead of filling the memory.
     */
    public static final int MAX_MESSAGE = 16 << 20;

    private final URI url;
    /** The URL as messages show it: secret query parameters ({@code ?token=}) masked. */
    private final String shown;

    private final MessageLog log;
    private final LiveOutput output;
    private final MessagePrinter printer;
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private final ByteArrayOutputStream binary = new ByteArrayOutputStream();
    /** The UTF-8 size of the text message being joined. */
    private long textBytes;

    private volatile WebSocket socket;
    private long wanted = Long.MAX_VALUE;
    private volatile boolean closeSent;

    public WebSocketConnection(URI url, MessageLog log, LiveOutput output, MessagePrinter printer) {
        this.url = url;
        this.shown = dev.restsh.shell.session.Secrets.maskQueries(url.toString());
        this.log = log;
        this.output = output;
        this.printer = printer;
    }

    /**
     * Keeps and shows no more than {@code count} messages (one-shot {@code --count}), so none is shown after the
     * last one wanted. Before the connection opens.
     */
    public void receiveAtMost(long count) {
        wanted = count;
    }

    public URI url() {
        return url;
    }

    /** The URL as notes and errors show it, its secret query parameters masked. */
    public String shownUrl() {
        return shown;
    }

    /** The subprotocol the server chose; empty when none. */
    public String subprotocol() {
        return socket == null ? "" : socket.getSubprotocol();
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    /** How the connection ended ({@code 1000 bye}, or the error); null while it is open. */
    public String closing() {
        return closed.getNow(null);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        textBytes += utf8Length(data);
        if (textBytes > MAX_MESSAGE) {
            return tooBig(webSocket);
        }
        text.append(data);
        if (last) {
            byte[] whole = text.toString().getBytes(StandardCharsets.UTF_8);
            text.setLength(0);
            textBytes = 0;
            return received(webSocket, false, whole);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        if ((long) binary.size() + data.remaining() > MAX_MESSAGE) {
            return tooBig(webSocket);
        }
        byte[] chunk = new byte[data.remaining()];
        data.get(chunk);
        binary.writeBytes(chunk);
        if (last) {
            byte[] whole = binary.toByteArray();
            binary.reset();
            return received(webSocket, true, whole);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        String how = statusCode + (reason.isEmpty() ? "" : " " + TerminalText.visible(reason));
        if (closed.complete(how) && !closeSent) {
            output.note("connection closed by the server: " + how + " (" + shown + ")");
        }
        log.wake();
        return null; // the JDK answers the server's Close with the same code
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        String how = "error: " + dev.restsh.shell.ErrorText.of(error);
        if (closed.complete(how)) {
            output.note("connection lost: " + how + " (" + shown + ")");
        }
        log.wake();
    }

    /** Stops reading (no more frames are requested), says why, and closes with 1009 without waiting for the rest. */
    private CompletionStage<?> tooBig(WebSocket webSocket) {
        text.setLength(0);
        textBytes = 0;
        binary.reset();
        closeSent = true;
        String how = "1009 message too big";
        if (closed.complete(how)) {
            output.note("closed the connection: a message was larger than " + (MAX_MESSAGE >> 20)
                    + " MB, the most restsh keeps (" + how + ", " + shown + ")");
        }
        webSocket.sendClose(1009, "message too big").whenComplete((done, error) -> webSocket.abort());
        log.wake();
        return null;
    }

    private static long utf8Length(CharSequence chars) {
        long length = 0;
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            length += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3; // a surrogate pair is 4
        }
        return length;
    }

    private CompletionStage<?> received(WebSocket webSocket, boolean isBinary, byte[] data) {
        if (wanted > 0) { // past the limit, messages are read (so the server's Close still arrives) and dropped
            wanted--;
            Message message =
                    log.add(Message.of(Message.Direction.RECEIVED, isBinary, data, null, null, url.toString()));
            output.show(printer.received(message));
        }
        webSocket.request(1);
        return null;
    }

    /** Sends a text message and keeps it; waits until it is written. */
    public Message sendText(String message, Duration timeout) {
        WebSocket open = open();
        Message kept = keptSent(false, message.getBytes(StandardCharsets.UTF_8));
        await(open.sendText(message, true), timeout, "sending");
        return kept;
    }

    /** Sends a binary message and keeps it; waits until it is written. */
    public Message sendBinary(byte[] message, Duration timeout) {
        WebSocket open = open();
        Message kept = keptSent(true, message);
        await(open.sendBinary(ByteBuffer.wrap(message), true), timeout, "sending");
        return kept;
    }

    /** Numbered before it goes out: the server's answer, which may come before the send completes, comes after it. */
    private Message keptSent(boolean isBinary, byte[] data) {
        return log.add(Message.of(Message.Direction.SENT, isBinary, data, null, null, url.toString()));
    }

    /**
     * Sends a Close frame and waits (at most a few seconds) for the server's, as RFC 6455 asks; a server that does
     * not answer is dropped.
     */
    public void close(int code, String reason) {
        WebSocket open = open();
        closeSent = true;
        try {
            await(open.sendClose(code, reason), CLOSE_WAIT, "closing");
            closed.get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException | RestshException e) {
            closed.complete(code + (reason.isEmpty() ? "" : " " + reason));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.abort();
            closed.complete(code + (reason.isEmpty() ? "" : " " + reason));
            log.wake();
        }
    }

    /** Drops the connection without a closing handshake (the shell is leaving). */
    public void abort() {
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
        closed.complete("aborted");
        log.wake();
    }

    private WebSocket open() {
        if (socket == null || closed.isDone() || socket.isOutputClosed()) {
            throw RestshException.usage("the connection to " + shown + " is closed"
                    + (closing() == null ? "" : " (" + closing() + ")") + ": open one with ws URL");
        }
        return socket;
    }

    private void await(CompletableFuture<?> future, Duration timeout, String what) {
        try {
            if (timeout == null || timeout.isZero()) {
                future.get();
            } else {
                future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RestshException(ExitStatus.NETWORK, what + " cancelled: " + shown);
        } catch (TimeoutException e) {
            throw new RestshException(
                    ExitStatus.NETWORK, what + " timed out after " + timeout.toSeconds() + " s: " + shown);
        } catch (ExecutionException e) {
            throw new RestshException(
                    ExitStatus.NETWORK,
                    what + " failed: " + dev.restsh.shell.ErrorText.of(e.getCause()) + " (" + shown + ")");
        }
    }
}
