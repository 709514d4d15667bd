package dev.restsh.server.error;

import static dev.restsh.server.error.ChunkedFormBodyTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.restsh.server.support.Api;
import dev.restsh.server.support.SeededInventory;
import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.spi.CDI;
import java.net.URI;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A method a route does not have is a 405 problem with that route's Allow, on every route, whatever the method. */
@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
class MethodNotAllowedTest {
    private static final Set<String> ITEM = Set.of("GET", "HEAD", "PUT", "PATCH", "DELETE", "OPTIONS");
    private static final Set<String> COLLECTION = Set.of("GET", "HEAD", "POST", "OPTIONS");
    private static final Set<String> LEGACY = Set.of("GET", "HEAD", "OPTIONS");

    @TestHTTPResource("/")
    URI server;

    @BeforeAll
    static void startFromTheSeed() throws Exception {
        CDI.current().select(SeededInventory.class).get().reset();
    }

    @ParameterizedTest
    @CsvSource({
        "POST, /ips/9.2.3.4, ITEM",
        "POST, /ips/10.77.7.7, ITEM",
        "TRACE, /ips/9.2.3.4, ITEM",
        "FOO, /ips/9.2.3.4, ITEM",
        "POST, /ips/not-an-address, ITEM",
        "PUT, /ips, COLLECTION",
        "TRACE, /ips, COLLECTION",
        "FOO, /ips, COLLECTION",
        "DELETE, /get_ips, LEGACY",
        "TRACE, /get_ips, LEGACY"
    })
    void isA405WithTheRoutesAllow(String method, String path, String route) throws Exception {
        RawHttp.Answer answer = RawHttp.send(
                server,
                method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
                        + "Authorization: Bearer " + Api.token() + "\r\n"
                        + "Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
        assertProblem(405, answer);
        Set<String> expected = switch (route) {
            case "ITEM" -> ITEM;
            case "COLLECTION" -> COLLECTION;
            default -> LEGACY;
        };
        assertEquals(
                new TreeSet<>(expected),
                new TreeSet<>(Arrays.asList(answer.header("Allow").split(", "))));
    }
}
