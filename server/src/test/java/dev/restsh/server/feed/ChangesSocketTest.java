package dev.restsh.server.feed;

import static dev.restsh.server.support.Api.json;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restsh.server.support.SocketMessages;
import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
@WithTestResource(FeedTestSettings.class)
class ChangesSocketTest {
    private static final Duration WAIT = EventStreamTest.WAIT;

    @TestHTTPResource("/ips/changes")
    URI http;

    @Inject
    ObjectMapper json;

    private URI changes() {
        return URI.create(http.toString().replaceFirst("^http", "ws"));
    }

    @Test
    void eachChangeIsAMessageWithTypeRevisionAndTheEntrysFields() throws Exception {
        String net = EventStreamTest.network();
        try (SocketMessages socket = SocketMessages.connect(changes())) {
            JsonNode subscribed = tree(socket.next(WAIT));
            assertEquals("subscribed", subscribed.get("type").asText());
            json("{\"ip\": \"" + net + "1\", \"label\": \"router\"}")
                    .post("/ips")
                    .then()
                    .statusCode(201);
            ObjectNode created = (ObjectNode) tree(socket.next(WAIT));
            assertEquals("created", created.remove("type").asText());
            assertEquals(
                    subscribed.get("revision").asLong() + 1,
                    created.remove("revision").asLong());
            assertEquals(tree(given().get("/ips/" + net + "1").asString()), created);
        }
    }

    @Test
    void subscribeNarrowsTheFeedAndResumes() throws Exception {
        String net = EventStreamTest.network();
        try (SocketMessages socket = SocketMessages.connect(changes())) {
            long start = tree(socket.next(WAIT)).get("revision").asLong();
            socket.send("{\"subscribe\": {\"in\": \"" + net + "128/25\"}}");
            JsonNode subscribed = tree(socket.next(WAIT));
            assertEquals("subscribed", subscribed.get("type").asText());
            assertEquals(net + "128/25", subscribed.get("filter").get("in").asText());
            json("{\"ip\": \"" + net + "1\"}").post("/ips").then().statusCode(201);
            json("{\"ip\": \"" + net + "129\"}").post("/ips").then().statusCode(201);
            assertEquals(net + "129", tree(socket.next(WAIT)).get("ip").asText());

            socket.send("{\"subscribe\": {\"after\": " + start + "}}");
            assertEquals("subscribed", tree(socket.next(WAIT)).get("type").asText());
            assertEquals(net + "1", tree(socket.next(WAIT)).get("ip").asText());
            assertEquals(net + "129", tree(socket.next(WAIT)).get("ip").asText());
        }
    }

    @Test
    void afterInTheUrlResumesOrResetsWhenTooFarBehind() throws Exception {
        String net = EventStreamTest.network();
        long start;
        try (SocketMessages socket = SocketMessages.connect(changes())) {
            start = tree(socket.next(WAIT)).get("revision").asLong();
        }
        json("{\"ip\": \"" + net + "1\"}").post("/ips").then().statusCode(201);
        json("{\"ip\": \"" + net + "2\"}").post("/ips").then().statusCode(201);
        try (SocketMessages resumed = SocketMessages.connect(URI.create(changes() + "?after=" + start))) {
            assertEquals("subscribed", tree(resumed.next(WAIT)).get("type").asText());
            assertEquals(net + "1", tree(resumed.next(WAIT)).get("ip").asText());
            JsonNode second = tree(resumed.next(WAIT));
            assertEquals(net + "2", second.get("ip").asText());
            assertEquals(start + 2, second.get("revision").asLong());
        }

        for (int host = 3; host <= FeedTestSettings.RETAINED + 3; host++) {
            json("{\"ip\": \"" + net + host + "\"}").post("/ips").then().statusCode(201);
        }
        try (SocketMessages behind = SocketMessages.connect(URI.create(changes() + "?after=" + start))) {
            JsonNode subscribed = tree(behind.next(WAIT));
            JsonNode reset = tree(behind.next(WAIT));
            assertEquals("reset", reset.get("type").asText(), reset.toString());
            assertEquals(
                    subscribed.get("revision").asLong(), reset.get("revision").asLong());
            assertTrue(reset.get("reason").asText().contains("no longer retained"), reset.toString());
        }
    }

    @Test
    void badMessagesGetAnErrorAndTheConnectionStays() throws Exception {
        try (SocketMessages socket = SocketMessages.connect(changes())) {
            socket.next(WAIT);
            for (String bad : List.of(
                    "hello",
                    "{\"subscribe\": 5}",
                    "{\"subscribe\": {\"in\": \"10.0.0.0/99\"}}",
                    "{\"subscribe\": {\"colour\": \"red\"}}",
                    "{\"subscribe\": {}, \"also\": 1}",
                    "{\"subscribe\": {\"after\": \"yesterday\"}}",
                    "[]")) {
                socket.send(bad);
                JsonNode error = tree(socket.next(WAIT));
                assertEquals("error", error.get("type").asText(), bad);
                assertTrue(error.get("message").asText().length() > 10, bad);
            }
            socket.socket()
                    .sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3}), true)
                    .join();
            assertEquals("error", tree(socket.next(WAIT)).get("type").asText());
            socket.send("{\"subscribe\": {}}");
            assertEquals("subscribed", tree(socket.next(WAIT)).get("type").asText());
        }
    }

    @Test
    void aBadResumptionInTheUrlClosesWithACodeAndReason() throws Exception {
        try (SocketMessages socket = SocketMessages.connect(URI.create(changes() + "?after=soon"))) {
            assertEquals("error", tree(socket.next(WAIT)).get("type").asText());
            SocketMessages.Closed closed = socket.closed(WAIT);
            assertEquals(1008, closed.code());
            assertTrue(closed.reason().contains("after="), closed.reason());
        }
    }

    @Test
    void aPlainGetIsToldToUpgrade() {
        given().get("/ips/changes")
                .then()
                .statusCode(426)
                .contentType("application/problem+json")
                .header("Upgrade", "websocket")
                .body("detail", containsString("is a WebSocket"));
    }

    private JsonNode tree(String text) throws Exception {
        return json.readTree(text);
    }
}
