package dev.restsh.server.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restsh.server.support.Api;
import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A chunked body is bytes, whatever its method or Content-Type: a form or multipart body sent chunked gets the answer
 * it gets when sent with a Content-Length, never a 500 or a plain-text 400 from a form decoder.
 */
@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
class ChunkedFormBodyTest {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/form-data; boundary=x";

    @TestHTTPResource("/")
    URI server;

    @ParameterizedTest
    @ValueSource(strings = {"/get_ips", "/ips", "/ips/1.2.3.4", "/q/health"})
    void aGetWithAChunkedFormBodyIsAnsweredAsWithout(String path) throws Exception {
        for (String type : new String[] {FORM, MULTIPART}) {
            RawHttp.Answer answer = send("GET", path, type, "a=b", false);
            assertEquals(200, answer.status(), type + ": " + answer);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {FORM, MULTIPART})
    void aGetOnAnUnknownPathWithAChunkedFormBodyIsA404Problem(String type) throws Exception {
        RawHttp.Answer answer = send("GET", "/nosuch", type, "a=b", false);
        assertProblem(404, answer);
    }

    @ParameterizedTest
    @ValueSource(strings = {FORM, MULTIPART})
    void aChunkedFormOverEightKilobytesWhereJsonIsRequiredIsA415Problem(String type) throws Exception {
        String field = "a=" + "x".repeat(9_000);
        assertProblem(415, send("POST", "/ips", type, field, true));
        assertProblem(415, send("PUT", "/ips/10.66.0.1", type, field, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "DELETE"})
    void aChunkedFormOverTheLimitIsA413Problem(String method) throws Exception {
        RawHttp.Answer answer = send(method, "/ips", FORM, "a=" + "x".repeat(70_000), true);
        assertProblem(413, answer);
    }

    private RawHttp.Answer send(String method, String path, String type, String body, boolean token) throws Exception {
        String request = method + " " + path + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1\r\n"
                + "Connection: close\r\n"
                + (token ? "Authorization: Bearer " + Api.token() + "\r\n" : "")
                + "Content-Type: " + type + "\r\n"
                + "Transfer-Encoding: chunked\r\n\r\n"
                + RawHttp.chunked(body, 4096);
        return RawHttp.send(server, request);
    }

    static void assertProblem(int status, RawHttp.Answer answer) {
        assertEquals(status, answer.status(), answer::toString);
        assertEquals(Problem.MEDIA_TYPE, answer.header("Content-Type"), answer::toString);
        assertTrue(answer.body().contains("\"status\":" + status), answer::toString);
        assertTrue(answer.body().contains("\"detail\":\""), answer::toString);
    }
}
