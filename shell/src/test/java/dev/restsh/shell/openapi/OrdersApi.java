package dev.restsh.shell.openapi;

import dev.restsh.shell.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A loopback API with an OpenAPI document ({@code orders-3.0.yaml}, or another under /openapi/) at
 * {@code /openapi.yaml}, that answers its operations and keeps every request it saw (method and path), so a test
 * can tell what was sent and what was not.
 */
final class OrdersApi extends LoopbackServer {
    static final String ORDER = "{\"item\":\"tea\",\"quantity\":2}";
    /** Not what the document says: quantity is a string. */
    static final String BAD_ORDER = "{\"item\":\"tea\",\"quantity\":\"two\"}";

    private final List<String> seen = new ArrayList<>();

    OrdersApi() {
        this("orders-3.0.yaml");
    }

    OrdersApi(String document) {
        byte[] text = ApiServer.resource(document).getBytes(StandardCharsets.UTF_8);
        route("/", exchange -> {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            exchange.getRequestBody().readAllBytes();
            synchronized (seen) {
                seen.add(method + " " + exchange.getRequestURI());
            }
            switch (method + " " + path) {
                case "GET /openapi.yaml" -> reply(exchange, 200, "application/yaml", text);
                case "GET /orders" -> reply(exchange, 200, "application/json", bytes("[" + ORDER + "]"));
                case "POST /orders" -> reply(exchange, 201, "application/json", bytes(ORDER));
                case "GET /orders/7" -> reply(exchange, 200, "application/json", bytes(BAD_ORDER));
                case "GET /orders/8" -> reply(exchange, 500, "application/json", bytes("{}"));
                default -> reply(exchange, 404, "application/json", bytes("{}"));
            }
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Every request so far, as {@code METHOD /path?query}. */
    List<String> seen() {
        synchronized (seen) {
            return List.copyOf(seen);
        }
    }

    /** The requests so far to the API's operations, not those looking for its document. */
    List<String> orderRequests() {
        return seen().stream()
                .filter(request -> request.split(" ")[1].startsWith("/orders"))
                .toList();
    }
}
