package dev.restsh.shell.hostile;

import dev.restsh.shell.RawWebSocketServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A misbehaving HTTP server on a raw loopback socket: each path answers with exactly the bytes a test gives it
 * (a broken chunked body, a short body, control characters, no status line at all), then closes the connection
 * or resets it. No HTTP library in between, so nothing tidies the reply up.
 */
public final class HostileServer implements AutoCloseable {
    /** What the server does after writing its bytes. */
    enum End {
        CLOSE,
        RESET
    }

    private record Reply(byte[] bytes, End end) {}

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final Map<String, Reply> replies = new ConcurrentHashMap<>();
    /** Paths that answer differently each time: the next reply of the queue, the last one for ever after. */
    private final Map<String, java.util.Deque<Reply>> sequences = new ConcurrentHashMap<>();

    public HostileServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connections.execute(this::accept);
    }

    HostileServer reply(String path, byte[] bytes, End end) {
        replies.put(path, new Reply(bytes, end));
        return this;
    }

    HostileServer reply(String path, String latin1, End end) {
        return reply(path, latin1.getBytes(StandardCharsets.ISO_8859_1), end);
    }

    public HostileServer reply(String path, String latin1) {
        return reply(path, latin1, End.CLOSE);
    }

    /** The path answers with these replies in turn, then with the last one again and again. */
    HostileServer replies(String path, String... latin1) {
        java.util.Deque<Reply> queue = new java.util.concurrent.ConcurrentLinkedDeque<>();
        for (String reply : latin1) {
            queue.add(new Reply(reply.getBytes(StandardCharsets.ISO_8859_1), End.CLOSE));
        }
        sequences.put(path, queue);
        return this;
    }

    public String base() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.execute(() -> answer(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void answer(Socket client) {
        try (client) {
            String path = requestPath(client.getInputStream());
            Reply reply = next(path);
            OutputStream out = client.getOutputStream();
            out.write(reply.bytes());
            out.flush();
            if (reply.end() == End.RESET) {
                client.setSoLinger(true, 0); // close() now sends RST instead of FIN
            } else {
                client.shutdownOutput(); // FIN: the reply ends here, whatever its head announced
            }
        } catch (IOException e) {
            // the client went away first: nothing to answer
        }
    }

    private Reply next(String path) {
        java.util.Deque<Reply> queue = sequences.get(path);
        if (queue != null) {
            synchronized (queue) {
                return queue.size() > 1 ? queue.poll() : queue.peek();
            }
        }
        return replies.getOrDefault(
                path, new Reply("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n".getBytes(), End.CLOSE));
    }

    /** Reads the request head and returns its target; a request body is not expected. */
    private static String requestPath(InputStream in) throws IOException {
        String requestLine = RawWebSocketServer.readHead(in).split("\r\n", 2)[0];
        String[] parts = requestLine.split(" ");
        return parts.length > 1 ? parts[1] : "";
    }

    @Override
    public void close() throws IOException {
        socket.close();
        connections.shutdownNow();
    }
}
