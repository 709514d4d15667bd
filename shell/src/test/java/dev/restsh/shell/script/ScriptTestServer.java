package dev.restsh.shell.script;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
final class ScriptTestServer implements AutoCloseable {
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

    private final HttpServer server;
    private final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final AtomicInteger counter = new AtomicInteger();

    ScriptTestServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
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

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    void forget() {
        seen.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
