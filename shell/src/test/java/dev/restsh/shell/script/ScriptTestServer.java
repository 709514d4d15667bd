package dev.restsh.shell.script;

import com.sun.net.httpserver.HttpExchange;
import dev.restsh.shell.LoopbackServer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback server for script tests that remembers every request: {@code /get_ips} (the tutorial's body),
 * {@code POST /ips} (201, echoes the body), {@code /counter} (a body that changes on every request), and 404
 * for anything else.
 */
final class ScriptTestServer extends LoopbackServer {
    static final String IPS = "{\"results\":[{\"ip\":\"1.2.3.4\"},{\"ip\":\"9.2.3.4\"}]}";

    /** One request as the server saw it. */
    record Seen(String method, String uri, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(", ", entry.getValue()))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();

    ScriptTestServer() {
        route("/", this::handle);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        seen.add(new Seen(method, exchange.getRequestURI().toString(), Map.copyOf(exchange.getRequestHeaders()), body));
        if (path.equals("/get_ips")) {
            send(exchange, 200, IPS);
        } else if (path.equals("/ips") && method.equals("POST")) {
            send(exchange, 201, body);
        } else if (path.equals("/paged")) {
            exchange.getResponseHeaders().add("Link", "</gone>; rel=\"next\"");
            send(exchange, 200, IPS);
        } else if (path.equals("/counter")) {
            int count = counter.incrementAndGet();
            exchange.getResponseHeaders().add("X-Count", String.valueOf(count));
            send(exchange, 200, "{\"name\":\"counter\",\"count\":" + count + "}");
        } else {
            send(exchange, 404, "{\"title\":\"Not Found\"}");
        }
    }

    private static void send(HttpExchange exchange, int status, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    void forget() {
        seen.clear();
    }
}
