package dev.restsh.shell;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** The tutorial's Flask endpoint on loopback, served by the JDK's HTTP server, for tests of the shell alone. */
public final class TutorialServer extends LoopbackServer {
    public static final String BODY = "{\"results\":[{\"ip\":\"1.2.3.4\"},{\"ip\":\"9.2.3.4\"}]}\n";

    public TutorialServer() {
        route("/get_ips", exchange -> {
            byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }
}
