package dev.restsh.server.error;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Requests written byte for byte over loopback, for what HTTP clients will not send: HTTP/1.0 without Host, a form
 * body sent chunked on a GET, a Host with a space. The server is expected to close the connection after answering
 * (every request here is HTTP/1.0 or says {@code Connection: close}).
 */
final class RawHttp {
    private RawHttp() {}

    record Answer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    static Answer send(URI server, String request) throws IOException {
        return send(server, request.getBytes(StandardCharsets.ISO_8859_1));
    }

    static Answer send(URI server, byte[] request) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return parse(socket.getInputStream().readAllBytes());
        }
    }

    /** A body in chunks of at most {@code size} bytes, as {@code Transfer-Encoding: chunked} frames it. */
    static String chunked(String body, int size) {
        StringBuilder framed = new StringBuilder();
        for (int start = 0; start < body.length(); start += size) {
            String chunk = body.substring(start, Math.min(body.length(), start + size));
            framed.append(Integer.toHexString(chunk.length()))
                    .append("\r\n")
                    .append(chunk)
                    .append("\r\n");
        }
        return framed.append("0\r\n\r\n").toString();
    }

    private static Answer parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IOException("No complete response head: " + text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        byte[] rest = java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length);
        if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
            rest = unchunk(rest);
        }
        return new Answer(status, headers, new String(rest, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] framed) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String text = new String(framed, StandardCharsets.ISO_8859_1);
        int at = 0;
        while (true) {
            int lineEnd = text.indexOf("\r\n", at);
            int size =
                    Integer.parseInt(text.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toByteArray();
            }
            body.write(framed, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
