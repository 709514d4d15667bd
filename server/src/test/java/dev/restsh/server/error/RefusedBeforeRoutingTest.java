package dev.restsh.server.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Requests refused before any route runs, where neither Vert.x (its default invalid-request handler) nor Quarkus
 * (its root handler's URI check) lets the server write the body: the statuses and limits docs/SERVER.md records.
 * The empty bodies are pinned so that a Quarkus which offers a hook shows up here, to be answered with problems.
 */
@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
class RefusedBeforeRoutingTest {
    @TestHTTPResource("/")
    URI server;

    @Test
    void aTargetThatIsNotAUriIs400() throws Exception {
        assertRefused(400, "GET /ips/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    @Test
    void aRequestLineOverTheLimitIs414() throws Exception {
        String path = "/ips/" + "a".repeat(4096);
        assertRefused(414, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    @Test
    void aRequestLineWithinTheLimitReachesTheRoutes() throws Exception {
        String path = "/ips/" + "a".repeat(4000);
        RawHttp.Answer answer =
                RawHttp.send(server, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertEquals(400, answer.status(), answer::toString); // not an address: a problem, from the routes
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer::toString);
    }

    @Test
    void headersOverTheLimitAre431() throws Exception {
        assertRefused(
                431,
                "GET /ips HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "x".repeat(21_000)
                        + "\r\nConnection: close\r\n\r\n");
    }

    @Test
    void aMalformedRequestIs400() throws Exception {
        assertRefused(400, "GARBAGE\r\n\r\n");
        assertRefused(400, "GET /ips HTTP/1.1\r\nHost: localhost\r\nno colon here\r\nConnection: close\r\n\r\n");
    }

    private void assertRefused(int status, String request) throws Exception {
        RawHttp.Answer answer = RawHttp.send(server, request);
        assertEquals(status, answer.status(), answer::toString);
        assertEquals("", answer.body(), answer::toString);
    }
}
