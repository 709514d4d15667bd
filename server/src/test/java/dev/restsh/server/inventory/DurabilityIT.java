package dev.restsh.server.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restsh.server.support.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 during a stream of acknowledged writes; after a restart every acknowledged address is still there. */
class DurabilityIT {
    private static final int WRITERS = 4;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 150;

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    @Test
    void keepsEveryAcknowledgedWriteAcrossKillMinusNine(@TempDir Path dataDirectory) throws Exception {
        Path log = dataDirectory.resolve("server.log");
        // A fresh range, even on a shared PostgreSQL: 10.8-10.127 here, 10.128-10.199 in TwoInstancesIT, 10.7 in
        // ConcurrentWritesTest, 10.0 and 10.200 in IpResourceTest, so tests on one database never meet.
        int network = ThreadLocalRandom.current().nextInt(8, 128);
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());

        ServerProcess server = ServerProcess.start(dataDirectory, log);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> writeUntilRefused(server.base(), network, writer, acknowledged));
        }
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL) {
            Thread.sleep(10);
        }
        server.killHard();
        writers.shutdown();
        assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));

        List<String> acknowledgedAtKill = List.copyOf(acknowledged);
        try (ServerProcess restarted = ServerProcess.start(dataDirectory, log)) {
            for (String address : acknowledgedAtKill) {
                assertEquals(200, get(restarted.base(), "/ips/" + address), address + " was acknowledged, then lost");
            }
        }
        assertTrue(acknowledgedAtKill.size() >= ACKNOWLEDGED_BEFORE_KILL, Files.readString(log));
    }

    private Void writeUntilRefused(URI base, int network, int writer, List<String> acknowledged) {
        for (int i = 0; i < 60_000; i++) {
            String address = "10." + network + "." + (writer * 60 + i / 250) + "." + (i % 250);
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/ips"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + ServerProcess.TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"ip\": \"" + address + "\"}"))
                    .build();
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                    acknowledged.add(address);
                }
            } catch (Exception killed) {
                return null;
            }
        }
        return null;
    }

    private int get(URI base, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
