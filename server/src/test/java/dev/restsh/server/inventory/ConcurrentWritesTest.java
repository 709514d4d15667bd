package dev.restsh.server.inventory;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restsh.server.support.Api;
import dev.restsh.server.support.ConcurrentCreates;
import dev.restsh.server.support.SeededInventory;
import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
class ConcurrentWritesTest {
    private static final int THREADS = 16;

    @Inject
    SeededInventory inventory;

    @TestHTTPResource("/")
    URI server;

    @BeforeEach
    void seed() throws Exception {
        inventory.reset();
    }

    @Test
    void storesEveryDistinctAddressExactlyOnce() throws Exception {
        List<String> addresses = IntStream.range(0, 200)
                .mapToObj(i -> "10.7." + (i / 256) + "." + (i % 256))
                .toList();

        Map<Integer, Integer> statuses = new ConcurrentCreates(List.of(server), Api.token()).post(addresses, THREADS);

        assertEquals(Map.of(201, 200), statuses);
        List<String> stored =
                given().get("/ips?in=10.7.0.0/16&limit=1000").jsonPath().getList("items.ip");
        assertEquals(200, stored.size());
        assertEquals(new HashSet<>(addresses), new HashSet<>(stored));
    }

    @Test
    void acceptsTheSameAddressOnlyOnce() throws Exception {
        List<String> sameAddressInManySpellings = IntStream.range(0, 40)
                .mapToObj(i -> i % 2 == 0 ? "2001:db8::77" : "2001:DB8:0:0::0077")
                .toList();

        Map<Integer, Integer> statuses =
                new ConcurrentCreates(List.of(server), Api.token()).post(sameAddressInManySpellings, THREADS);

        assertEquals(Map.of(201, 1, 409, 39), statuses);
        given().get("/ips?q=&in=2001:db8::77/128").then().header("X-Total-Count", "1");
    }
}
