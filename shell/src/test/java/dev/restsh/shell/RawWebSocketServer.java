package dev.restsh.shell;

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
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A WebSocket server on a raw loopback socket, no WebSocket library in between to tidy anything up: it accepts the
 * opening handshake, then each path writes the frames a test gives it (a flood, a message larger than anyone should
 * keep, control characters), and it keeps every text message a client sends, as it arrived, until the client closes.
 */
public final class RawWebSocketServer implements AutoCloseable {
    private static final Pattern KEY = Pattern.compile("(?im)^sec-websocket-key:\\s*(\\S+)\\s*$");
    private static final Pattern PATH = Pattern.compile("^GET (\\S+) ");
    private static final int TEXT = 1;
    private static final int CLOSE = 8;

    /** Writes a connection's frames. */
    public interface Frames {
        void write(OutputStream out) throws IOException;
    }

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final Map<String, Frames> paths = new ConcurrentHashMap<>();
    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();

    public RawWebSocketServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connections.execute(this::accept);
    }

    public RawWebSocketServer on(String path, Frames frames) {
        paths.put(path, frames);
        return this;
    }

    public String url(String path) {
        return "ws://127.0.0.1:" + socket.getLocalPort() + path;
    }

    /** The next text message a client sent, waiting at most {@code timeout}; null when none came. */
    public String nextReceived(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One unmasked frame, as a server sends it. */
    public static byte[] frame(int opcode, boolean fin, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write((fin ? 0x80 : 0) | opcode);
        int length = payload.length;
        if (length < 126) {
            out.write(length);
        } else if (length < 65536) {
            out.write(126);
            out.write(length >> 8);
            out.write(length & 0xff);
        } else {
            out.write(127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) ((long) length >> shift) & 0xff);
            }
        }
        out.writeBytes(payload);
        return out.toByteArray();
    }

    public static byte[] text(String text) {
        return frame(TEXT, true, text.getBytes(StandardCharsets.UTF_8));
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
            InputStream in = client.getInputStream();
            String head = readHead(in);
            Matcher key = KEY.matcher(head);
            Matcher path = PATH.matcher(head);
            if (!key.find() || !path.find()) {
                return;
            }
            OutputStream out = client.getOutputStream();
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            + "Sec-WebSocket-Accept: " + accept(key.group(1)) + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            Frames frames = paths.get(path.group(1));
            if (frames != null) {
                frames.write(out);
            }
            out.flush();
            readUntilClosed(in, out);
        } catch (IOException e) {
            // the client went away mid-write: that is what some tests do
        }
    }

    /** Keeps the client's text messages until it sends Close (answered, as RFC 6455 asks) or goes. */
    private void readUntilClosed(InputStream in, OutputStream out) throws IOException {
        int first;
        while ((first = in.read()) >= 0) {
            byte[] payload = readPayload(in);
            if ((first & 0x0f) == CLOSE) {
                out.write(frame(CLOSE, true, payload.length >= 2 ? new byte[] {payload[0], payload[1]} : new byte[0]));
                out.flush();
                return;
            }
            if ((first & 0x0f) == TEXT) {
                received.add(new String(payload, StandardCharsets.UTF_8));
            }
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

    /** An HTTP request's head: the bytes up to the blank line, read one at a time so that nothing after is taken. */
    public static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        int b;
        while (matched < 4 && (b = in.read()) >= 0) {
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
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
