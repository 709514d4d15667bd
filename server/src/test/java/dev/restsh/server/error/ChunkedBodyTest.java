package dev.restsh.server.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restsh.server.support.Api;
import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bodies sent chunked (no Content-Length) meet the same size limit, with the same problem+json answer. */
@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
class ChunkedBodyTest {
    @TestHTTPResource("/ips")
    URI ips;

    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aChunkedBodyOverTheLimitGetsAProblemAndStoresNothing() throws Exception {
        String body = "{\"ip\": \"10.77.0.1\", \"label\": \"" + "x".repeat(100_000) + "\"}";
        HttpResponse<String> response = client.send(chunkedPost(body), HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode());
        assertEquals(
                Problem.MEDIA_TYPE,
                response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"status\":413"), response.body());
        HttpResponse<String> stored = client.send(
                HttpRequest.newBuilder(URI.create(ips + "/10.77.0.1")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, stored.statusCode());
    }

    @Test
    void aChunkedBodyWithinTheLimitIsRead() throws Exception {
        HttpResponse<String> response = client.send(
                chunkedPost("{\"ip\": \"10.77.0.2\", \"label\": \"chunked\"}"), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"label\":\"chunked\""), response.body());
        HttpResponse<String> malformed = client.send(chunkedPost("{\"ip\": "), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, malformed.statusCode());
        assertEquals(
                Problem.MEDIA_TYPE,
                malformed.headers().firstValue("Content-Type").orElse(""));
    }

    /** An input-stream publisher has no length, so java.net.http sends it chunked. */
    private HttpRequest chunkedPost(String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(ips)
                .header("Authorization", "Bearer " + Api.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();
    }
}
