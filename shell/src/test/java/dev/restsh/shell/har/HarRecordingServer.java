package dev.restsh.shell.har;

import dev.restsh.shell.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The paths of the Chromium capture ({@code /get_ips}, {@code /ips}, {@code /ips/192.0.2.250}) on loopback, plus a
 * binary body ({@code /logo.png}), large ones ({@code /big.json}, {@code /big.bin}) and a redirect ({@code /old}),
 * remembering every request it is sent.
 */
final class HarRecordingServer extends LoopbackServer {
    /** A request as the server saw it. */
    record Seen(String method, String uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(", ", entry.getValue()))
                    .findFirst()
                    .orElse(null);
        }
    }

    static final byte[] PNG = new byte[256];

    static {
        for (int i = 0; i < PNG.length; i++) {
            PNG[i] = (byte) i;
        }
    }

    /** A JSON body of about 6 MB (more than the 4 MiB a body keeps in memory before it moves to a file). */
    static final byte[] BIG_JSON = bigJson();

    /** A binary body of 5 MB and one byte: its base64 ends in padding. */
    static final byte[] BIG_BINARY = new byte[5 * 1024 * 1024 + 1];

    static {
        for (int i = 0; i < BIG_BINARY.length; i++) {
            BIG_BINARY[i] = (byte) (i * 31 + (i >> 8));
        }
    }

    /** 24 MiB and one byte, made afresh for each use: what a 64 MB heap holds once, but not in four copies. */
    static byte[] hugeBinary() {
        byte[] huge = new byte[24 * 1024 * 1024 + 1];
        for (int i = 0; i < huge.length; i++) {
            huge[i] = (byte) (i * 7 + (i >> 12));
        }
        return huge;
    }

    private static byte[] bigJson() {
        StringBuilder json = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 100_000; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"label\":\"caf\u00e9 n\u00b0 ");
            json.append(i).append(" \\\"quoted\\\" ").append("x".repeat(20)).append("\"}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    HarRecordingServer() {
        route("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            seen.add(new Seen(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().toString(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    body));
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/huge.bin")) {
                reply(exchange, 200, "application/octet-stream", hugeBinary());
            } else if (path.equals("/big.json")) {
                reply(exchange, 200, "application/json", BIG_JSON);
            } else if (path.equals("/big.bin")) {
                reply(exchange, 200, "application/octet-stream", BIG_BINARY);
            } else if (path.equals("/logo.png")) {
                reply(exchange, 200, "image/png", PNG);
            } else if (path.equals("/old")) {
                exchange.getResponseHeaders().add("Location", "/get_ips");
                reply(exchange, 302, "text/plain", new byte[0]);
            } else if (path.equals("/get_ips")) {
                exchange.getResponseHeaders().add("Set-Cookie", "session=abc123; Path=/; HttpOnly");
                reply(exchange, 200, "application/json", "{\"results\":[{\"ip\":\"1.2.3.4\"}]}".getBytes());
            } else if (path.equals("/ips") && exchange.getRequestMethod().equals("GET")) {
                reply(exchange, 200, "application/json", "{\"items\":[]}".getBytes());
            } else if (path.equals("/ips") && exchange.getRequestMethod().equals("POST")) {
                reply(exchange, 201, "application/json", body.getBytes(StandardCharsets.UTF_8));
            } else {
                reply(exchange, 404, "application/problem+json", "{\"status\":404}".getBytes());
            }
        });
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }
}
