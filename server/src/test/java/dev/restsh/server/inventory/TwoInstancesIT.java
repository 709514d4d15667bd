package dev.restsh.server.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.restsh.server.support.ConcurrentCreates;
import dev.restsh.server.support.ServerProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scale-out: two server instances on one PostgreSQL behave as one (an H2 file belongs to a single process). */
class TwoInstancesIT {
    private static final int THREADS = 16;

    @Test
    void twoInstancesOnOnePostgresqlStoreEachAddressOnce(@TempDir Path first, @TempDir Path second) throws Exception {
        assumeTrue(ServerProcess.onPostgresql(), "needs -Drestsh.db=postgresql (scripts/test-postgres)");
        int network = ThreadLocalRandom.current().nextInt(128, 200); // apart from the other tests' (see DurabilityIT)
        try (ServerProcess a = ServerProcess.start(first, first.resolve("server.log"));
                ServerProcess b = ServerProcess.start(second, second.resolve("server.log"))) {
            ConcurrentCreates both = new ConcurrentCreates(List.of(a.base(), b.base()), ServerProcess.TOKEN);

            List<String> distinct = IntStream.range(0, 200)
                    .mapToObj(i -> "10." + network + "." + (i / 250) + "." + (i % 250))
                    .toList();
            assertEquals(Map.of(201, 200), both.post(distinct, THREADS));
            assertEquals("200", totalCount(a.base(), "/ips?in=10." + network + ".0.0/16"));
            assertEquals("200", totalCount(b.base(), "/ips?in=10." + network + ".0.0/16"));

            // /get_ips pages are kept per instance, checked against the database on every request: b sees a's write.
            long before = Long.parseLong(totalCount(b.base(), "/get_ips"));
            assertEquals(Map.of(201, 1), both.post(List.of("10." + network + ".255.1"), 1));
            assertEquals(Long.toString(before + 1), totalCount(b.base(), "/get_ips"));
            assertEquals(Long.toString(before + 1), totalCount(a.base(), "/get_ips"));

            String same = "fd00:" + Integer.toHexString(network) + "::1";
            List<String> sameTimes40 =
                    IntStream.range(0, 40).mapToObj(i -> same).toList();
            assertEquals(Map.of(201, 1, 409, 39), both.post(sameTimes40, THREADS));
        }
    }

    private static String totalCount(URI base, String path) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValue("X-Total-Count").orElse("none");
    }
}
