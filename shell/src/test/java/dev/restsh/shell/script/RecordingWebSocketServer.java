package dev.restsh.shell.script;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WebSocket server on a raw loopback socket that keeps every text message a client sends, as it arrived: what a
 * replayed {@code send} put on the wire, with no library in between to tidy it up.
 */
final class RecordingWebSocketServer implements AutoCloseable {
    private static final Pattern KEY = Pattern.compile("(?im)^sec-websocket-key:\\s*(\\S+)\\s*$");
    private static final int CLOSE = 8;

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    RecordingWebSocketServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connections.execute(this::accept);
    }

    String url() {
        return "ws://127.0.0.1:" + socket.getLocalPort() + "/feed";
    }

    /** The next text message received, waiting at most {@code timeout}; null when none came. */
    String next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                connections.execute(() -> serve(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            Matcher key = KEY.matcher(readHead(in));
            if (!key.find()) {
                return;
            }
            OutputStream out = client.getOutputStream();
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            + "Sec-WebSocket-Accept: " + accept(key.group(1)) + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            while (true) {
                int first = in.read();
                if (first < 0) {
                    return;
                }
                byte[] payload = readPayload(in);
                if ((first & 0x0f) == CLOSE) {
                    out.write(new byte[] {(byte) 0x88, 0}); // the closing handshake's answer
                    out.flush();
                    return;
                }
                if ((first & 0x0f) == 1) {
                    received.add(new String(payload, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            // the client went away
        }
    }

    /** A client's frame after its first byte: length, mask key, masked payload (RFC 6455 section 5.2). */
    private static byte[] readPayload(InputStream in) throws IOException {
        int second = in.read();
        long length = second & 0x7f;
        int lengthBytes = length == 126 ? 2 : length == 127 ? 8 : 0;
        if (lengthBytes > 0) {
            length = 0;
            for (int i = 0; i < lengthBytes; i++) {
                length = (length << 8) | in.read();
            }
        }
        byte[] mask = (second & 0x80) != 0 ? in.readNBytes(4) : new byte[4];
        byte[] payload = in.readNBytes((int) length);
        for (int i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i % 4];
        }
        return payload;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        int c;
        while (matched < end.length && (c = in.read()) >= 0) {
            head.write(c);
            matched = c == end[matched] ? matched + 1 : (c == '\r' ? 1 : 0);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static String accept(String key) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1")
                    .digest((key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11").getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(sha1);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        connections.shutdownNow();
    }
}
