package dev.restsh.shell;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK HTTP server on loopback, running from construction, with handlers added per test. A test class keeps one
 * in a field marked with JUnit's {@code @AutoClose} (static: shared by its tests, stopped after the last; an
 * instance field: one per test) or in a try-with-resources block. The fixture servers extend it with their routes.
 */
public class LoopbackServer implements AutoCloseable {
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private final HttpServer server;

    public LoopbackServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(handlers);
        server.start();
    }

    public LoopbackServer route(String path, HttpHandler handler) {
        server.createContext(path, handler);
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String base() {
        return "http://127.0.0.1:" + port();
    }

    /** Sends a complete response with a body (or none, for an empty array on 204/304/HEAD). */
    public static void reply(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean bodiless = body.length == 0 || exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, bodiless ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!bodiless) {
                out.write(body);
            }
        }
    }

    public static void reply(HttpExchange exchange, int status, String text) throws IOException {
        reply(exchange, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Redirects to {@code location} with this status, after reading the request's body. */
    public static HttpHandler redirect(int status, String location) {
        return exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Location", location);
            reply(exchange, status, null, new byte[0]);
        };
    }

    /** Answers with the method, query, chosen request headers and body, one per line. */
    public static HttpHandler echo() {
        return exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String text = exchange.getRequestMethod() + " " + exchange.getRequestURI() + "\n"
                    + "content-type: " + exchange.getRequestHeaders().getFirst("Content-Type") + "\n"
                    + "authorization: " + exchange.getRequestHeaders().getFirst("Authorization") + "\n"
                    + "cookie: " + exchange.getRequestHeaders().getFirst("Cookie") + "\n"
                    + "body: " + new String(body, StandardCharsets.UTF_8);
            reply(exchange, 200, text);
        };
    }

    /** Stops at once; a handler still waiting (a stalled body, a slow answer) is interrupted, not left behind. */
    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
    }
}
