package dev.restsh.server.tutorial;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.restsh.server.storage.Database;
import dev.restsh.server.storage.DatabaseKind;
import dev.restsh.server.storage.EmbeddedRevision;
import dev.restsh.server.support.SeededInventory;
import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
class TutorialResourceTest {
    /** What the tutorial's Flask 2.2 server (debug=True) sends, captured from Debian's python3-flask. */
    static final String FLASK_BODY =
            "{\n  \"results\": [\n    {\n      \"ip\": \"1.2.3.4\"\n    },\n    {\n      \"ip\": \"9.2.3.4\"\n    }\n  ]\n}\n";

    @Inject
    SeededInventory inventory;

    @Inject
    Database database;

    @Inject
    EmbeddedRevision revision;

    @BeforeEach
    void seed() throws Exception {
        inventory.reset();
    }

    @Test
    void answersExactlyWhatTheTutorialsFlaskServerAnswers() {
        Response response = given().get("/get_ips");

        assertEquals(200, response.statusCode());
        assertEquals("application/json", response.contentType());
        assertArrayEquals(FLASK_BODY.getBytes(StandardCharsets.US_ASCII), response.asByteArray());
        assertEquals("2", response.header("X-Total-Count"));
        assertEquals(null, response.header("Link"));
    }

    @Test
    void pagesThroughHeadersOnly() {
        Response first = given().queryParam("limit", 1).get("/get_ips");
        assertEquals("{\n  \"results\": [\n    {\n      \"ip\": \"1.2.3.4\"\n    }\n  ]\n}\n", first.asString());
        assertEquals("2", first.header("X-Total-Count"));
        String link = first.header("Link");
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));

        given().urlEncodingEnabled(false)
                .get(next)
                .then()
                .statusCode(200)
                .header("Link", (String) null)
                .body(equalTo("{\n  \"results\": [\n    {\n      \"ip\": \"9.2.3.4\"\n    }\n  ]\n}\n"));
        assertEquals(true, link.endsWith(">; rel=\"next\""), link);
        assertEquals(true, next.startsWith("/get_ips?"), next);
    }

    /** Plain requests take the Vert.x fast path (TutorialRoute); an unusual Accept goes on to the JAX-RS resource. */
    @Test
    void fastPathAndResourceSendTheSameResponse() {
        for (String query : new String[] {"", "?limit=1", "?x=a%20b&limit=1&cursor=&y"}) {
            Response fast = given().urlEncodingEnabled(false).get("/get_ips" + query);
            Response resource = given().urlEncodingEnabled(false)
                    .header("Accept", "application/json, text/plain;q=0.5")
                    .get("/get_ips" + query);

            assertEquals(200, fast.statusCode(), query);
            assertEquals(resource.statusCode(), fast.statusCode(), query);
            assertEquals(resource.asString(), fast.asString(), query);
            for (String header : new String[] {"Content-Type", "ETag", "X-Total-Count", "Link"}) {
                assertEquals(resource.header(header), fast.header(header), query + " " + header);
            }
        }
        assertEquals(
                "</get_ips?x=a%20b&limit=1&y&cursor=YWZ0ZXI6MQ>; rel=\"next\"",
                given().urlEncodingEnabled(false)
                        .get("/get_ips?x=a%20b&limit=1&cursor=&y")
                        .header("Link"));
        given().head("/get_ips").then().statusCode(200).header("X-Total-Count", "2");
    }

    /**
     * On PostgreSQL, pages are kept per instance and checked against the database's change counter on every request: a
     * write made straight to the database, past this server (another instance, psql), shows on the next request, even
     * one that keeps the count and the highest id the same.
     */
    @Test
    void showsAWriteMadeStraightToPostgresqlOnTheNextRequest() throws Exception {
        assumeTrue(database.kind() == DatabaseKind.POSTGRESQL, "an H2 file is written only by its server");
        assertEquals(FLASK_BODY, given().get("/get_ips").asString());

        updateStraight();

        assertShowsTheUpdate();
    }

    /**
     * On H2, which locks its file to this one process, the change counter is kept in the process and raised by the
     * server's writes: a kept page is sent without asking the database, until a write raises the counter.
     */
    @Test
    void sendsAKeptPageFromH2UntilAWriteRaisesTheCounter() throws Exception {
        assumeTrue(database.kind() == DatabaseKind.H2);
        assertEquals(FLASK_BODY, given().get("/get_ips").asString());

        updateStraight();
        assertEquals(FLASK_BODY, given().get("/get_ips").asString(), "the kept page, without a database read");
        revision.raise();

        assertShowsTheUpdate();
    }

    private void updateStraight() throws Exception {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE ip_address SET address = '9.9.9.9' WHERE id = 2");
        }
    }

    private void assertShowsTheUpdate() {
        String changed = FLASK_BODY.replace("9.2.3.4", "9.9.9.9");
        assertEquals(changed, given().get("/get_ips").asString());
        assertEquals(
                changed,
                given().header("Accept", "application/json, text/plain")
                        .get("/get_ips")
                        .asString());
        assertEquals("2", given().get("/get_ips").header("X-Total-Count"));
    }

    @Test
    void answersNotModifiedToAMatchingEntityTag() {
        String etag = given().get("/get_ips").header("ETag");

        given().header("If-None-Match", etag)
                .get("/get_ips")
                .then()
                .statusCode(304)
                .header("ETag", etag);
        given().header("If-None-Match", "\"stale\"").get("/get_ips").then().statusCode(200);
    }

    @Test
    void rejectsAnInvalidLimitAsAProblem() {
        given().queryParam("limit", "0")
                .get("/get_ips")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", startsWith("Invalid limit '0'"));
    }
}
