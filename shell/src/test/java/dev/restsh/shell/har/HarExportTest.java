package dev.restsh.shell.har;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export har writes HAR 1.2 that restsh (and so a HAR viewer) reads back as the same exchanges. */
class HarExportTest {
    @AutoClose
    final HarRecordingServer server = new HarRecordingServer();

    @TempDir
    Path folder;

    @Test
    void theExportHasHar12sShapeWithSecretsMasked() throws Exception {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /get_ips 'Cookie:theme=dark; sid=s3cret-cookie' api_token==s3cret-query");
        shell.line("post /ips ip=10.0.0.1 'Authorization:Bearer s3cret-token'");
        shell.clear();
        assertThat(shell.line("export har")).as(shell::err).isZero();
        JsonNode log = Json.parse(shell.out()).path("log");

        assertThat(log.path("version").asText()).isEqualTo("1.2");
        assertThat(log.path("creator").path("name").asText()).isEqualTo("restsh");
        assertThat(log.path("entries")).hasSize(2);
        JsonNode first = log.path("entries").get(0);
        assertThat(first.path("startedDateTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(first.path("time").asDouble()).isPositive();
        assertThat(first.path("timings").path("wait").asDouble())
                .isEqualTo(first.path("time").asDouble());
        assertThat(first.path("request").path("queryString").get(0).path("name").asText())
                .isEqualTo("api_token");
        assertThat(first.path("request")
                        .path("queryString")
                        .get(0)
                        .path("value")
                        .asText())
                .isEqualTo("***");
        assertThat(first.path("request").path("url").asText()).endsWith("/get_ips?api_token=***");
        assertThat(first.path("request").path("cookies").get(1).path("name").asText())
                .isEqualTo("sid");
        assertThat(first.path("response")
                        .path("cookies")
                        .get(0)
                        .path("httpOnly")
                        .asBoolean())
                .isTrue();
        assertThat(first.path("response").path("content").path("mimeType").asText())
                .isEqualTo("application/json");
        assertThat(first.path("response").path("content").path("size").asInt()).isEqualTo(30);
        JsonNode post = log.path("entries").get(1).path("request");
        assertThat(post.path("postData").path("text").asText()).isEqualTo("{\"ip\":\"10.0.0.1\"}");
        assertThat(post.path("postData").path("mimeType").asText()).isEqualTo("application/json");
        assertThat(shell.out()).doesNotContain("s3cret").contains("Bearer ***");

        shell.clear();
        shell.line("export har --show-secrets");
        assertThat(shell.out()).contains("Bearer s3cret-token", "s3cret-cookie", "api_token=s3cret-query");
    }

    @Test
    void restshReadsItsOwnExportBackAsTheSameExchanges() throws Exception {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /logo.png");
        shell.line("get /old"); // followed: two hops, two entries
        shell.line("post /ips ip=10.0.0.1 label=café");
        shell.line("get /nowhere");
        Path file = folder.resolve("session.har");
        assertThat(shell.line("export har " + file)).as(shell::err).isZero();
        assertThat(shell.err()).contains("wrote 4 exchanges to " + file);
        JsonNode png = Json.mapper()
                .readTree(file.toFile())
                .path("log")
                .path("entries")
                .get(0);
        assertThat(png.path("response").path("content").path("encoding").asText())
                .isEqualTo("base64");
        assertThat(Base64.getDecoder()
                        .decode(png.path("response")
                                .path("content")
                                .path("text")
                                .asText()))
                .isEqualTo(HarRecordingServer.PNG);

        ShellHarness again = new ShellHarness(server.base());
        assertThat(again.line("import har " + file)).as(again::err).isZero();
        assertThat(again.err()).contains("imported 5 exchanges");
        again.line("print len(_1.content), _1.content[255], _2.status_code, _2.headers['location'], _3.json()");
        assertThat(again.out())
                .as(again::err)
                .contains("(256, 255, 302, '/get_ips', {'results': [{'ip': '1.2.3.4'}]})");
        again.clear();
        again.line("print _4.request.method, _4.json()['label'], _5.status_code");
        assertThat(again.out()).as(again::err).contains("('POST', 'café', 404)");

        // And its export of what it imported is the same file, but for the comments naming where each came from.
        Path second = folder.resolve("again.har");
        again.line("export har " + second);
        JsonNode before = Json.mapper().readTree(file.toFile()).path("log").path("entries");
        JsonNode after = Json.mapper().readTree(second.toFile()).path("log").path("entries");
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).path("request")).isEqualTo(before.get(i).path("request"));
            assertThat(after.get(i).path("response")).isEqualTo(before.get(i).path("response"));
            assertThat(after.get(i).path("startedDateTime"))
                    .isEqualTo(before.get(i).path("startedDateTime"));
        }
        assertThat(Files.readString(second)).contains("imported from session.har");
    }
}
