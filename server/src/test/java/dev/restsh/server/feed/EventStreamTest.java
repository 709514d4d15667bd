package dev.restsh.server.feed;

import static dev.restsh.server.support.Api.authorized;
import static dev.restsh.server.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restsh.server.support.EventStream;
import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
@WithTestResource(FeedTestSettings.class)
class EventStreamTest {
    static final Duration WAIT = Duration.ofSeconds(10);
    private static final AtomicInteger NEXT_NETWORK = new AtomicInteger(1);

    @TestHTTPResource("/ips/events")
    URI events;

    @Inject
    ObjectMapper json;

    /** A /24 of its own for each test (in 172.20/16, which no other test uses), so tests never meet. */
    static String network() {
        return "172.20." + NEXT_NETWORK.getAndIncrement() + ".";
    }

    @Test
    void eachChangeIsAnEventWithTheEntryAsGetShowsItAndTheRevisionAsId() throws Exception {
        String net = network();
        try (EventStream stream = EventStream.open(events)) {
            assertTrue(stream.next(WAIT).data().startsWith("inventory changes after revision"));
            json("{\"ip\": \"" + net + "1\", \"label\": \"router\"}")
                    .post("/ips")
                    .then()
                    .statusCode(201);
            EventStream.Event created = stream.nextEvent(WAIT);
            assertEquals("created", created.type());
            assertEquals(tree(given().get("/ips/" + net + "1").asString()), tree(created.data()));

            json("{\"label\": \"core\"}").put("/ips/" + net + "1").then().statusCode(200);
            EventStream.Event updated = stream.nextEvent(WAIT);
            assertEquals("updated", updated.type());
            assertEquals(tree(given().get("/ips/" + net + "1").asString()), tree(updated.data()));
            assertEquals(Long.parseLong(created.id()) + 1, Long.parseLong(updated.id()));

            authorized().delete("/ips/" + net + "1").then().statusCode(204);
            EventStream.Event deleted = stream.nextEvent(WAIT);
            assertEquals("deleted", deleted.type());
            assertEquals("core", tree(deleted.data()).get("label").asText());
            assertEquals(Long.parseLong(updated.id()) + 1, Long.parseLong(deleted.id()));
        }
    }

    @Test
    void lastEventIdResumesWithExactlyTheChangesMissed() throws Exception {
        String net = network();
        String seen = createSeen(net + "1");
        create(net + "2");
        create(net + "3");
        try (EventStream resumed = EventStream.open(events, Map.of("Last-Event-ID", seen))) {
            create(net + "4");
            for (int host = 2; host <= 4; host++) {
                EventStream.Event event = resumed.nextEvent(WAIT);
                assertEquals(net + host, tree(event.data()).get("ip").asText());
                assertEquals(Long.parseLong(seen) + host - 1, Long.parseLong(event.id()));
            }
        }
        try (EventStream resumed = EventStream.open(URI.create(events + "?after=" + seen))) {
            assertEquals(
                    net + "2", tree(resumed.nextEvent(WAIT).data()).get("ip").asText());
        }
    }

    @Test
    void aClientTooFarBehindIsToldToStartOver() throws Exception {
        String net = network();
        String first = createSeen(net + "1");
        for (int host = 2; host <= FeedTestSettings.RETAINED + 2; host++) {
            create(net + host);
        }
        try (EventStream resumed = EventStream.open(events, Map.of("Last-Event-ID", first))) {
            EventStream.Event reset = resumed.nextEvent(WAIT);
            assertEquals("reset", reset.type());
            assertTrue(reset.data().contains("no longer retained"), reset.data());
            create(net + "200");
            EventStream.Event next = resumed.nextEvent(WAIT);
            assertEquals(Long.parseLong(reset.id()) + 1, Long.parseLong(next.id()));
        }
        try (EventStream future =
                EventStream.open(events, Map.of("Last-Event-ID", Long.toString(Long.parseLong(first) + 1_000_000)))) {
            assertEquals("reset", future.nextEvent(WAIT).type());
        }
    }

    @Test
    void filtersAsTheListDoes() throws Exception {
        String net = network();
        try (EventStream stream = EventStream.open(URI.create(events + "?in=" + net + "0/25&q=keep"))) {
            json("{\"ip\": \"" + net + "200\", \"label\": \"keep\"}")
                    .post("/ips")
                    .then()
                    .statusCode(201);
            json("{\"ip\": \"" + net + "2\", \"label\": \"drop\"}")
                    .post("/ips")
                    .then()
                    .statusCode(201);
            json("{\"ip\": \"" + net + "3\", \"label\": \"Keep this\"}")
                    .post("/ips")
                    .then()
                    .statusCode(201);
            assertEquals(
                    net + "3", tree(stream.nextEvent(WAIT).data()).get("ip").asText());
        }
    }

    @Test
    void anIdleStreamGetsKeepAliveComments() throws Exception {
        try (EventStream stream = EventStream.open(events)) {
            stream.next(WAIT); // the opening comment
            EventStream.Event keepAlive = stream.next(WAIT);
            assertEquals("comment", keepAlive.type());
            assertEquals("", keepAlive.data());
        }
    }

    @Test
    void badResumptionsAndFiltersAreProblems() {
        given().header("Last-Event-ID", "yesterday")
                .get("/ips/events")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("'yesterday'"));
        given().get("/ips/events?in=10.0.0.0/99").then().statusCode(400).contentType("application/problem+json");
    }

    /** Creates the address while subscribed; returns the revision of its event. */
    private String createSeen(String ip) throws Exception {
        try (EventStream stream = EventStream.open(events)) {
            create(ip);
            return stream.nextEvent(WAIT).id();
        }
    }

    private void create(String ip) {
        json("{\"ip\": \"" + ip + "\"}").post("/ips").then().statusCode(201);
    }

    private JsonNode tree(String text) throws Exception {
        return json.readTree(text);
    }
}
