package dev.restsh.shell.har;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.SmallHeapRestsh;
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

    /** Bodies of several megabytes, text and binary, sent and received, are written whole and read back exactly. */
    @Test
    void largeBodiesAreExportedWholeAsValidHar() throws Exception {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get /big.json > " + folder.resolve("ignored.json")))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("get /big.bin > " + folder.resolve("ignored.bin")))
                .as(shell::err)
                .isZero();
        Path upload = folder.resolve("upload.json");
        Files.write(upload, HarRecordingServer.BIG_JSON);
        assertThat(shell.line("post /ips @" + upload + " > " + folder.resolve("echo.json")))
                .as(shell::err)
                .isZero();
        Path file = folder.resolve("big.har");
        assertThat(shell.line("export har " + file)).as(shell::err).isZero();

        JsonNode entries = Json.mapper().readTree(file.toFile()).path("log").path("entries");
        assertThat(entries).hasSize(3);
        String bigJson = new String(HarRecordingServer.BIG_JSON, java.nio.charset.StandardCharsets.UTF_8);
        JsonNode json = entries.get(0).path("response").path("content");
        assertThat(json.path("size").asInt()).isEqualTo(HarRecordingServer.BIG_JSON.length);
        assertThat(json.has("encoding")).isFalse();
        assertThat(json.path("text").asText()).isEqualTo(bigJson);
        JsonNode binary = entries.get(1).path("response").path("content");
        assertThat(binary.path("encoding").asText()).isEqualTo("base64");
        assertThat(Base64.getDecoder().decode(binary.path("text").asText())).isEqualTo(HarRecordingServer.BIG_BINARY);
        JsonNode post = entries.get(2);
        assertThat(post.path("request").path("postData").path("text").asText()).isEqualTo(bigJson);
        assertThat(post.path("request").path("bodySize").asInt()).isEqualTo(HarRecordingServer.BIG_JSON.length);
        assertThat(post.path("response").path("content").path("text").asText()).isEqualTo(bigJson);
        assertThat(post.path("comment").asText()).isEqualTo("_3");
        assertThat(Files.readString(file)).endsWith("}\n");
    }

    /**
     * A real restsh with a 64 MB heap exports a 24 MiB binary body: written as it is encoded, the HAR needs the body
     * once in memory, where a tree and a string of the whole file needed it several times over.
     */
    @Test
    void aHugeBodyIsExportedInASmallHeap() throws Exception {
        int status = SmallHeapRestsh.run(
                folder, "-c", "get " + server.base() + "/huge.bin -b > huge.bin", "-c", "export har huge.har");
        assertThat(status).as(() -> readString(folder.resolve("err"))).isZero();
        // Its base64 is longer than the 20 million characters Jackson reads in one string by default.
        JsonMapper reader = JsonMapper.builder(JsonFactory.builder()
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxStringLength(Integer.MAX_VALUE)
                                .build())
                        .build())
                .build();
        JsonNode entries =
                reader.readTree(folder.resolve("huge.har").toFile()).path("log").path("entries");
        assertThat(entries).hasSize(1);
        JsonNode content = entries.get(0).path("response").path("content");
        assertThat(content.path("encoding").asText()).isEqualTo("base64");
        assertThat(Base64.getDecoder().decode(content.path("text").asText()))
                .isEqualTo(HarRecordingServer.hugeBinary());
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
