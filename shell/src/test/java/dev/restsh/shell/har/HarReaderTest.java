package dev.restsh.shell.har;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.http.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What HarReader makes of the parts of HAR a browser writes over HTTP/2 (the Chromium capture is HTTP/1.1). */
class HarReaderTest {
    @TempDir
    Path folder;

    @Test
    void anHttp2EntryLosesItsPseudoHeadersAndKeepsWhatRestshCanSendAgain() throws Exception {
        Path file = Files.writeString(folder.resolve("h2.har"), """
                {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [{
                  "startedDateTime": "2026-12-07T04:24:33.751+01:00", "time": 12.5,
                  "request": {"method": "post", "url": "https://shop.example/login?next=%2Fcart", "httpVersion": "h2",
                    "headers": [{"name": ":authority", "value": "shop.example"}, {"name": ":method", "value": "POST"},
                      {"name": "accept-encoding", "value": "gzip, deflate, br, zstd"},
                      {"name": "content-type", "value": "application/x-www-form-urlencoded"},
                      {"name": "content-length", "value": "27"}, {"name": "cookie", "value": "sid=1"}],
                    "postData": {"mimeType": "application/x-www-form-urlencoded",
                      "params": [{"name": "user", "value": "ada"}, {"name": "pass", "value": "a b&c"}]}},
                  "response": {"status": 200, "statusText": "", "httpVersion": "h2",
                    "headers": [{"name": "content-type", "value": "image/gif"}],
                    "content": {"size": 6, "mimeType": "image/gif", "text": "R0lGODlh", "encoding": "base64"}},
                  "timings": {"send": 1, "wait": 10, "receive": 1.5}}]}}
                """);
        HarReader.Capture capture = HarReader.read(file);

        assertThat(capture.skipped()).isEmpty();
        HarReader.Entry entry = capture.entries().get(0);
        assertThat(entry.started()).isEqualTo(Instant.parse("2026-12-07T03:24:33.751Z"));
        Response response = entry.response();
        assertThat(response.version()).isEqualTo("HTTP/2");
        assertThat(response.elapsed().toNanos()).isEqualTo(12_500_000);
        assertThat(response.body().bytes()).isEqualTo("GIF89a".getBytes(StandardCharsets.US_ASCII));
        assertThat(response.request().method()).isEqualTo("POST");
        assertThat(response.request().url().toString()).isEqualTo("https://shop.example/login?next=%2Fcart");
        assertThat(response.request().headers().fields())
                .extracting(field -> field.name() + ": " + field.value())
                .containsExactly(
                        "accept-encoding: gzip, deflate",
                        "content-type: application/x-www-form-urlencoded",
                        "cookie: sid=1");
        assertThat(new String(response.request().body(), StandardCharsets.UTF_8))
                .isEqualTo("user=ada&pass=a+b%26c");
    }

    /** Jackson reads at most 20 million characters in one string by default; restsh's own export writes more. */
    @Test
    void aBodyLongerThanJacksonsDefaultStringLimitIsRead() throws Exception {
        int length = 21_000_000;
        Path file = folder.resolve("big.har");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("{\"log\": {\"version\": \"1.2\", \"entries\": [{\"startedDateTime\": \"2026-12-07T04:24:33Z\","
                    + " \"time\": 1, \"request\": {\"method\": \"GET\", \"url\": \"http://127.0.0.1/big\", \"headers\": []},"
                    + " \"response\": {\"status\": 200, \"headers\": [], \"content\": {\"mimeType\": \"text/plain\","
                    + " \"text\": \"");
            out.write("a".repeat(length));
            out.write("\"}}}]}}\n");
        }
        HarReader.Capture capture = HarReader.read(file);

        assertThat(capture.skipped()).isEmpty();
        assertThat(capture.entries().get(0).response().body().bytes()).hasSize(length);
    }
}
