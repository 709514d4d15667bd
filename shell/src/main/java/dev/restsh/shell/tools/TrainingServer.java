package dev.restsh.shell.tools;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * The loopback server that {@link CdsTraining}'s requests go to, in a process of its own: the classes a server
 * loads (jdk.httpserver, java.util.logging, date formatting: about 150) would otherwise land in the AOT cache, and
 * every run of restsh would map and load them for nothing. Prints its port, then serves until its stdin closes.
 */
public final class TrainingServer {
    private static final byte[] IPS =
            "{\n  \"results\": [\n    {\n      \"ip\": \"1.2.3.4\"\n    }\n  ]\n}\n".getBytes(StandardCharsets.UTF_8);

    private TrainingServer() {}

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", TrainingServer::answer);
        server.start();
        System.out.println(server.getAddress().getPort());
        System.out.flush();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            while (in.readLine() != null) {
                // the training closes our stdin when it is done (or when it dies)
            }
        } finally {
            server.stop(0);
        }
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            boolean create = "POST".equals(exchange.getRequestMethod());
            byte[] body =
                    create ? "{\"ip\": \"10.0.0.1\", \"label\": \"training\"}".getBytes(StandardCharsets.UTF_8) : IPS;
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(create ? 201 : 200, body.length);
            exchange.getResponseBody().write(body);
        }
    }
}
