package dev.restsh.shell;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/** The tutorial's Flask endpoint on loopback, served by the JDK's HTTP server, for tests of the shell alone. */
public final class TutorialServer implements AutoCloseable {
    public static final String BODY = "{\"results\":[{\"ip\":\"1.2.3.4\"},{\"ip\":\"9.2.3.4\"}]}\n";

    private final HttpServer server;

    public TutorialServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/get_ips", exchange -> {
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
