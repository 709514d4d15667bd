package dev.restsh.server.error;

import static dev.restsh.server.error.ChunkedFormBodyTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restsh.server.support.SeededInventory;
import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** HTTP/1.0 does not require Host: such a request is answered as any other, errors included (never a 500). */
@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
class HostlessRequestTest {
    @TestHTTPResource("/")
    URI server;

    @BeforeAll
    static void startFromTheSeed() throws Exception {
        CDI.current().select(SeededInventory.class).get().reset();
    }

    @Test
    void errorsAreProblems() throws Exception {
        assertProblem(404, get("/nosuch"));
        assertProblem(404, get("/ips/10.55.0.1"));
        assertProblem(400, get("/ips/not-an-address"));
        assertProblem(400, get("/ips?limit=0"));
        assertProblem(401, send("POST /ips HTTP/1.0\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"));
        assertProblem(405, send("DELETE /ips HTTP/1.0\r\n\r\n"));
    }

    @Test
    void readsAreAnswered() throws Exception {
        RawHttp.Answer item = get("/ips/1.2.3.4");
        assertEquals(200, item.status(), item::toString);
        assertTrue(item.body().contains("\"ip\":\"1.2.3.4\""), item::toString);
        RawHttp.Answer list = get("/ips");
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.body().contains("\"items\""), list::toString);
    }

    @Test
    void aPageLinksTheNextOne() throws Exception {
        RawHttp.Answer page = get("/ips?limit=1");
        assertEquals(200, page.status(), page::toString);
        assertTrue(page.header("Link").startsWith("</ips?limit=1&cursor="), page::toString);
        RawHttp.Answer legacy = send("GET /get_ips?limit=1 HTTP/1.0\r\nAccept: application/json, */*;q=0.5\r\n\r\n");
        assertEquals(200, legacy.status(), legacy::toString);
        assertTrue(legacy.header("Link").startsWith("</get_ips?limit=1&cursor="), legacy::toString);
    }

    private RawHttp.Answer get(String path) throws Exception {
        return send("GET " + path + " HTTP/1.0\r\n\r\n");
    }

    private RawHttp.Answer send(String request) throws Exception {
        return RawHttp.send(server, request);
    }
}
