package dev.restsh.shell.hostile;

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
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A misbehaving WebSocket server on a raw loopback socket: it accepts the opening handshake, then each path writes
 * the frames a test gives it (a flood, a message larger than anyone should keep, control characters) and holds the
 * connection open until the client goes. No WebSocket library in between, so nothing tidies the frames up.
 */
final class HostileWebSocketServer implements AutoCloseable {
    private static final Pattern KEY = Pattern.compile("(?im)^sec-websocket-key:\\s*(\\S+)\\s*$");
    private static final Pattern PATH = Pattern.compile("^GET (\\S+) ");

    /** Writes a connection's frames. */
    interface Frames {
        void write(OutputStream out) throws IOException;
    }

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final Map<String, Frames> paths = new ConcurrentHashMap<>();

    HostileWebSocketServer() {
        try {
            socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        connections.execute(this::accept);
    }

    HostileWebSocketServer on(String path, Frames frames) {
        paths.put(path, frames);
        return this;
    }

    String url(String path) {
        return "ws://127.0.0.1:" + socket.getLocalPort() + path;
    }

    /** One unmasked frame, as a server sends it. */
    static byte[] frame(int opcode, boolean fin, byte[] payload) {
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

    static byte[] text(String text) {
        return frame(1, true, text.getBytes(StandardCharsets.UTF_8));
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
            String head = HostileServer.readHead(in);
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
            while (in.read() >= 0) {
                // held open until the client closes or drops the connection
            }
        } catch (IOException e) {
            // the client went away mid-write: that is what some tests do
        }
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
