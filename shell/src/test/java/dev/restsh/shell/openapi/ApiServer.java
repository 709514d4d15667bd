package dev.restsh.shell.openapi;

import dev.restsh.shell.LoopbackServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A loopback API serving an OpenAPI document and canned responses, like a real service would. */
public final class ApiServer extends LoopbackServer {
    private final List<String> requests = new ArrayList<>();

    /** A test resource under /openapi/ served at this path. */
    public ApiServer document(String path, String resource) {
        String type = resource.endsWith(".json") ? "application/json" : "application/yaml";
        return respond(path, 200, type, resource(resource), null);
    }

    public ApiServer respond(String path, int status, String type, String body, String link) {
        route(path, exchange -> {
            synchronized (requests) {
                requests.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                        + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            }
            if (!exchange.getRequestURI().getPath().equals(path)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", type);
            if (link != null) {
                exchange.getResponseHeaders().add("Link", link);
            }
            exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        return this;
    }

    public List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    public static String resource(String name) {
        try (InputStream in = ApiServer.class.getResourceAsStream("/openapi/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
