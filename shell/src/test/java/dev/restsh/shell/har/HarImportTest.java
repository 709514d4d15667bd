package dev.restsh.shell.har;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.config.Settings;
import dev.restsh.shell.json.Json;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * import har on a capture Chromium made (playwright-core recording headless Debian Chromium against the inventory
 * server: a page load, then three fetches), pointed at a loopback server so that its requests can be sent again.
 */
class HarImportTest {
    /** Where the server ran when Chromium captured the file. */
    private static final String CAPTURED_ORIGIN = "http://127.0.0.1:25546";

    @AutoClose
    final HarRecordingServer server = new HarRecordingServer();

    @TempDir
    Path folder;

    Path capture;
    ShellHarness shell;

    @BeforeEach
    void copyCaptureHere() throws Exception {
        try (InputStream in = HarImportTest.class.getResourceAsStream("/har/chromium-inventory.har")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            capture = folder.resolve("chromium-inventory.har");
            Files.writeString(capture, text.replace(CAPTURED_ORIGIN, server.base()));
        }
        shell = new ShellHarness(server.base());
    }

    @Test
    void everyEntryOfTheBrowsersCaptureBecomesAnImportedExchange() {
        assertThat(shell.line("import har " + capture)).as(shell::err).isZero();
        assertThat(shell.err()).contains("imported 4 exchanges from " + capture + " as _1 to _4");
        assertThat(server.seen()).as("importing sends nothing").isEmpty();

        shell.clear();
        assertThat(shell.line("history")).isZero();
        assertThat(shell.out().lines())
                .hasSize(4)
                .allMatch(line -> line.endsWith("(imported from chromium-inventory.har)"));
        assertThat(shell.out()).contains("_3   POST    201", server.base() + "/ips?limit=2");

        shell.clear();
        shell.line("print _1.json()['results'][1]['ip'], _3.status_code, _3.request.method, _4.json()['title']");
        assertThat(shell.out()).contains("('9.2.3.4', 201, 'POST', 'Not Found')");
        shell.clear();
        shell.line("print _3.request.body");
        assertThat(shell.out()).contains("from-chromium");
        shell.clear();
        shell.line(
                "print _1.headers['content-type'], _1.request.headers['user-agent'][:11], _1.elapsed.total_seconds() > 0");
        assertThat(shell.out()).contains("('application/json', 'Mozilla/5.0', True)");
    }

    @Test
    void importedRequestsAreSentAgainAsTheBrowserSentThem() {
        shell.line("import har " + capture);
        assertThat(shell.line("resend _3")).as(shell::err).isEqualTo(0);
        assertThat(shell.line("replay _2")).as(shell::err).isEqualTo(0);

        HarRecordingServer.Seen post = server.seen().get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.uri()).isEqualTo("/ips");
        assertThat(post.body()).isEqualTo("{\"ip\":\"192.0.2.77\",\"label\":\"from-chromium\"}");
        assertThat(post.header("Authorization")).isEqualTo("Bearer chromium-capture-token");
        assertThat(post.header("User-Agent")).contains("Chrome/");
        assertThat(post.header("Content-Type")).isEqualTo("application/json");
        HarRecordingServer.Seen get = server.seen().get(1);
        assertThat(get.uri()).isEqualTo("/ips?limit=2");
        assertThat(get.header("Accept")).isEqualTo("application/json");

        shell.clear();
        shell.line("history");
        assertThat(shell.out().lines().skip(4)).noneMatch(line -> line.contains("imported"));
        shell.clear();
        shell.line("print _5.status_code, _5.json()['label']");
        assertThat(shell.out()).contains("(201, 'from-chromium')");
    }

    @Test
    void editOpensAnImportedRequestsBodyThenSendsIt() throws Exception {
        Path editor = folder.resolve("editor.sh");
        Path seen = folder.resolve("seen.json");
        Files.writeString(editor, "#!/bin/sh\ncp \"$1\" '" + seen + "'\nprintf '{\"ip\": \"10.9.9.9\"}' > \"$1\"\n");
        Files.setPosixFilePermissions(editor, PosixFilePermissions.fromString("rwx------"));
        shell.context()
                .settings(Settings.resolve(
                        Map.of("RESTSH_EDITOR", editor.toString(), "RESTSH_HISTORY", "off"), Map.of()));
        shell.line("import har " + capture);

        assertThat(shell.line("edit _3")).as(shell::err).isZero();
        assertThat(Files.readString(seen)).contains("\"label\" : \"from-chromium\"");
        HarRecordingServer.Seen post = server.seen().get(0);
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.body()).isEqualTo("{\"ip\": \"10.9.9.9\"}");
        assertThat(post.header("Authorization")).isEqualTo("Bearer chromium-capture-token");
    }

    @Test
    void inspectionDiffAndCurlExportWorkOnImportedExchanges() throws Exception {
        shell.line("import har " + capture);
        assertThat(shell.line("diff _1 _2")).as(shell::err).isIn(0, 1);
        assertThat(shell.out()).contains("results");
        shell.clear();
        assertThat(shell.line("export curl 3")).as(shell::err).isZero();
        assertThat(shell.out()).contains("curl", server.base() + "/ips", "from-chromium");
        Path script = folder.resolve("again.restsh");
        assertThat(shell.line("save-script " + script)).as(shell::err).isZero();
        String saved = Files.readString(script);
        assertThat(saved.lines().filter(line -> line.startsWith("curl "))).hasSize(4);
        assertThat(saved).doesNotContain("chromium-capture-token");
    }

    @Test
    void aFileWithWebSocketsAndFailedRequestsImportsWhatItCanWithANoteForTheRest() throws Exception {
        JsonNode har = Json.mapper().readTree(capture.toFile());
        var entries =
                (com.fasterxml.jackson.databind.node.ArrayNode) har.path("log").path("entries");
        var socket = entries.get(0).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) socket).put("_resourceType", "websocket");
        ((com.fasterxml.jackson.databind.node.ObjectNode) socket).putArray("_webSocketMessages");
        var blocked =
                (com.fasterxml.jackson.databind.node.ObjectNode) entries.get(1).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) blocked.path("response")).put("status", 0);
        var data =
                (com.fasterxml.jackson.databind.node.ObjectNode) entries.get(1).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) data.path("request")).put("url", "data:text/plain,hi");
        entries.add(socket);
        entries.add(blocked);
        entries.add(data);
        Path mixed = folder.resolve("mixed.har");
        Json.mapper().writeValue(mixed.toFile(), har);

        assertThat(shell.line("import har " + mixed)).as(shell::err).isZero();
        assertThat(shell.err())
                .contains("entry 5 (" + server.base() + "/get_ips): a WebSocket, not an HTTP exchange: left out")
                .contains("entry 6 (" + server.base() + "/ips?limit=2): no response")
                .contains("entry 7 (data:text/plain,hi): a data: URL, not HTTP: left out")
                .contains("imported 4 exchanges");
    }

    @Test
    void thousandsOfEntriesLeftOutAreNamedUpToTwentyThenCounted() throws Exception {
        JsonNode har = Json.mapper().readTree(capture.toFile());
        var entries =
                (com.fasterxml.jackson.databind.node.ArrayNode) har.path("log").path("entries");
        var blocked =
                (com.fasterxml.jackson.databind.node.ObjectNode) entries.get(1).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) blocked.path("response")).put("status", 0);
        for (int i = 0; i < 5000; i++) {
            entries.add(blocked.deepCopy());
        }
        Path many = folder.resolve("many.har");
        Json.mapper().writeValue(many.toFile(), har);

        assertThat(shell.line("import har " + many)).as(shell::err).isZero();
        assertThat(shell.err().lines()).hasSize(22);
        assertThat(shell.err())
                .contains("import har: 4980 more entries left out")
                .contains("imported 4 exchanges");
    }

    @Test
    void notAHarFileIsOneLineAndAUsageError() throws Exception {
        Path text = Files.writeString(folder.resolve("notes.har"), "{\"hello\": 1}");
        assertThat(shell.line("import har " + text)).isEqualTo(2);
        assertThat(shell.err()).contains("is not a HAR file: it has no log.entries");
        assertThat(shell.line("import har " + folder.resolve("missing.har"))).isEqualTo(2);
        assertThat(shell.line("resend _9")).isEqualTo(2);
        assertThat(shell.err()).contains("no response yet");
    }

    /** The file is input too: its text reaches the terminal with control characters visible, a script never raw. */
    @Test
    void aHostileFilesControlCharactersAndSecretsStayOutOfTheTerminalAndTheScript() throws Exception {
        JsonNode har = Json.mapper().readTree(capture.toFile());
        var entries =
                (com.fasterxml.jackson.databind.node.ArrayNode) har.path("log").path("entries");
        var titled =
                (com.fasterxml.jackson.databind.node.ObjectNode) entries.get(1).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) titled.path("request"))
                .put("method", "G\u001b]0;owned\u0007ET");
        var badUrl =
                (com.fasterxml.jackson.databind.node.ObjectNode) entries.get(1).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) badUrl.path("request"))
                .put("url", server.base() + "/\u001b[2J");
        var keyed =
                (com.fasterxml.jackson.databind.node.ObjectNode) entries.get(1).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) keyed.path("request"))
                .put("url", server.base() + "/get_ips?api_key=s3cret&page=2");
        var headers = (com.fasterxml.jackson.databind.node.ArrayNode)
                keyed.path("request").path("headers");
        headers.addObject().put("name", "X-Bad\r\nInjected").put("value", "v");
        headers.addObject().put("name", "X-Title").put("value", "a\u001b]0;owned\u0007");
        entries.removeAll();
        entries.add(titled);
        entries.add(badUrl);
        entries.add(keyed);
        Path hostile = folder.resolve("hostile.har");
        Json.mapper().writeValue(hostile.toFile(), har);

        assertThat(shell.line("import har " + hostile)).as(shell::err).isZero();
        assertThat(shell.err())
                .contains("entry 1 (" + server.base() + "/ips?limit=2): its method is not an HTTP method: left out")
                .contains("entry 2 (" + server.base() + "/^[[2J): Illegal character")
                .contains("imported 1 exchange")
                .doesNotContain("\u001b");
        shell.clear();
        assertThat(shell.line("history")).isZero();
        assertThat(shell.out()).contains("/get_ips?api_key=***&page=2").doesNotContain("s3cret");
        Path script = folder.resolve("saved.restsh");
        assertThat(shell.line("save-script " + script)).as(shell::err).isZero();
        assertThat(Files.readString(script))
                .contains("/get_ips?api_key={{API_KEY}}&page=2")
                .doesNotContain("s3cret")
                .doesNotContain("X-Bad")
                .doesNotContain("X-Title")
                .doesNotContain("\u001b");
    }
}
