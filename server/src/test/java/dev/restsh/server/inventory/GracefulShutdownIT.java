package dev.restsh.server.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restsh.server.support.ServerProcess;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM while a write is in flight (its body still arriving): the graceful shutdown finishes it, with the database
 * still open, and the address is there after a restart. On H2 the database's own shutdown hook used to close it first.
 */
class GracefulShutdownIT {
    /** Quarkus logs this once the shutdown has begun and it waits for the requests in flight. */
    private static final String SHUTDOWN_WAITS_FOR_REQUESTS = "Waiting for HTTP requests to complete";

    @Test
    void finishesAWriteInFlightBeforeClosingTheDatabase(@TempDir Path dataDirectory) throws Exception {
        Path log = dataDirectory.resolve("server.log");
        // 10.201 is this test's range (see DurabilityIT for the others), so runs on a shared PostgreSQL never meet.
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "10.201." + random.nextInt(256) + "." + random.nextInt(1, 255);
        byte[] body =
                ("{\"ip\": \"" + address + "\", \"label\": \"sent during shutdown\"}").getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;

        String status;
        try (ServerProcess server = ServerProcess.start(dataDirectory, log)) {
            try (Socket socket =
                    new Socket(server.base().getHost(), server.base().getPort())) {
                socket.setSoTimeout(30_000);
                OutputStream out = socket.getOutputStream();
                BufferedReader in =
                        new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
                out.write(("POST /ips HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + ServerProcess.TOKEN
                                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                                + "\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                // The server asks for the body once the request has reached the REST layer: it is in flight.
                assertEquals("HTTP/1.1 100 Continue", in.readLine(), Files.readString(log));
                assertEquals("", in.readLine());
                out.write(body, 0, half);
                out.flush();
                server.requestShutdown();
                server.awaitLogLine(SHUTDOWN_WAITS_FOR_REQUESTS, Duration.ofSeconds(10));
                out.write(body, half, body.length - half);
                out.flush();
                status = in.readLine();
            }
        }
        assertTrue(status != null && status.startsWith("HTTP/1.1 201"), status + "\n" + Files.readString(log));

        try (ServerProcess restarted = ServerProcess.start(dataDirectory, log)) {
            assertEquals(200, get(restarted.base(), "/ips/" + address), Files.readString(log));
        }
    }

    private static int get(URI base, String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
