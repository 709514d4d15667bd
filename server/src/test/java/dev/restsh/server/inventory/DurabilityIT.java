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
import java.util.concurrent.CountDownLatch;
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
    private static final Duration ACKNOWLEDGE_LIMIT = Duration.ofSeconds(60);

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
        CountDownLatch enoughAcknowledged = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);

        ServerProcess server = ServerProcess.start(dataDirectory, log);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> writeUntilRefused(server.base(), network, writer, acknowledged, enoughAcknowledged));
        }
        boolean enough = enoughAcknowledged.await(ACKNOWLEDGE_LIMIT.toSeconds(), TimeUnit.SECONDS);
        server.killHard();
        writers.shutdown();
        assertTrue(writers.awaitTermination(30, TimeUnit.SECONDS));

        List<String> acknowledgedAtKill = List.copyOf(acknowledged);
        try (ServerProcess restarted = ServerProcess.start(dataDirectory, log)) {
            for (String address : acknowledgedAtKill) {
                assertEquals(200, get(restarted.base(), "/ips/" + address), address + " was acknowledged, then lost");
            }
        }
        assertTrue(
                enough && acknowledgedAtKill.size() >= ACKNOWLEDGED_BEFORE_KILL,
                "fewer than " + ACKNOWLEDGED_BEFORE_KILL + " writes acknowledged within " + ACKNOWLEDGE_LIMIT + ":\n"
                        + Files.readString(log));
    }

    private Void writeUntilRefused(
            URI base, int network, int writer, List<String> acknowledged, CountDownLatch enoughAcknowledged) {
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
                    enoughAcknowledged.countDown();
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
