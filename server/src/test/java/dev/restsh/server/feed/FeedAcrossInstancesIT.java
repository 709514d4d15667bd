package dev.restsh.server.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restsh.server.support.ConcurrentCreates;
import dev.restsh.server.support.EventStream;
import dev.restsh.server.support.ServerProcess;
import dev.restsh.server.support.SocketMessages;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one PostgreSQL: a write on either reaches the subscribers of both (LISTEN/NOTIFY), under the same
 * revision, and a client can resume on one instance from a revision it got from the other.
 */
class FeedAcrossInstancesIT {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aWriteOnOneInstanceReachesSubscribersOnBoth(@TempDir Path first, @TempDir Path second) throws Exception {
        assumeTrue(ServerProcess.onPostgresql(), "needs -Drestsh.db=postgresql (scripts/test-postgres)");
        // 172.23-172.30: apart from the other tests (10.x, see DurabilityIT; 172.20-22 in the feed tests).
        String net = "172." + ThreadLocalRandom.current().nextInt(23, 31) + ".";
        try (ServerProcess a = ServerProcess.start(first, first.resolve("server.log"));
                ServerProcess b = ServerProcess.start(second, second.resolve("server.log"));
                EventStream streamB = EventStream.open(b.base().resolve("/ips/events?in=" + net + "0.0/16"));
                SocketMessages socketA = SocketMessages.connect(webSocket(a.base()))) {
            socketA.next(WAIT); // subscribed
            socketA.send("{\"subscribe\": {\"in\": \"" + net + "0.0/16\"}}");
            socketA.next(WAIT);

            create(a, net + "0.1");
            EventStream.Event atB = streamB.nextEvent(WAIT);
            JsonNode atA = JSON.readTree(socketA.next(WAIT));
            assertEquals(net + "0.1", JSON.readTree(atB.data()).get("ip").asText());
            assertEquals(net + "0.1", atA.get("ip").asText());
            assertEquals(Long.parseLong(atB.id()), atA.get("revision").asLong());

            create(b, net + "0.2");
            assertEquals(
                    Long.parseLong(atB.id()) + 1,
                    JSON.readTree(socketA.next(WAIT)).get("revision").asLong());
            assertEquals(
                    Long.parseLong(atB.id()) + 1,
                    Long.parseLong(streamB.nextEvent(WAIT).id()));

            try (EventStream resumedOnA =
                    EventStream.open(a.base().resolve("/ips/events"), Map.of("Last-Event-ID", atB.id()))) {
                assertEquals(
                        net + "0.2",
                        JSON.readTree(resumedOnA.nextEvent(WAIT).data())
                                .get("ip")
                                .asText());
            }

            // Concurrent writers on both instances: each instance delivers every change once, in the same order.
            List<String> many =
                    IntStream.range(0, 40).mapToObj(i -> net + "1." + i).toList();
            assertEquals(
                    Map.of(201, 40),
                    new ConcurrentCreates(List.of(a.base(), b.base()), ServerProcess.TOKEN).post(many, 8));
            List<Long> revisionsAtA = new ArrayList<>();
            List<Long> revisionsAtB = new ArrayList<>();
            for (int i = 0; i < many.size(); i++) {
                revisionsAtA.add(
                        JSON.readTree(socketA.next(WAIT)).get("revision").asLong());
                revisionsAtB.add(Long.parseLong(streamB.nextEvent(WAIT).id()));
            }
            assertEquals(revisionsAtA, revisionsAtB);
            long start = Long.parseLong(atB.id()) + 2;
            assertEquals(consecutive(start, many.size()), revisionsAtA);
        }
    }

    private static List<Long> consecutive(long start, int count) {
        return IntStream.range(0, count).mapToObj(i -> start + i).toList();
    }

    private static void create(ServerProcess server, String ip) throws Exception {
        assertEquals(
                Map.of(201, 1),
                new ConcurrentCreates(List.of(server.base()), ServerProcess.TOKEN).post(List.of(ip), 1));
    }

    private static URI webSocket(URI base) {
        return URI.create(base.toString().replaceFirst("^http", "ws") + "/ips/changes");
    }
}
