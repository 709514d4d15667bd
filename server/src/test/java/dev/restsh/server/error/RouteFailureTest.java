package dev.restsh.server.error;

import static dev.restsh.server.error.ChunkedFormBodyTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests Vert.x refuses before any REST resource runs get problem+json too, and are not logged as errors. */
@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
class RouteFailureTest {
    @TestHTTPResource("/")
    URI server;

    @ParameterizedTest
    @ValueSource(strings = {"a b", "localhost:abc", "[::1"})
    void anInvalidHostIsA400Problem(String host) throws Exception {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler recorder = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Logger root = Logger.getLogger("");
        root.addHandler(recorder);
        try {
            RawHttp.Answer answer =
                    RawHttp.send(server, "GET /ips HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertProblem(400, answer);
            assertTrue(answer.body().contains("Host header"), answer::toString);
        } finally {
            root.removeHandler(recorder);
        }
        assertEquals(List.of(), errors.stream().map(LogRecord::getMessage).toList());
    }
}
