package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.RawWebSocketServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** save-script and record write scripts that replay the same requests, without the secrets. */
class RecordReplayTest {
    @TempDir
    Path folder;

    /** What must be equal between the original requests and the replayed ones. */
    private record Sent(String method, String uri, String body, String authorization, String contentType) {}

    private static List<Sent> sent(ScriptTestServer server) {
        return server.seen().stream()
                .map(seen -> new Sent(
                        seen.method(),
                        seen.uri(),
                        seen.body(),
                        seen.header("Authorization"),
                        seen.header("Content-Type")))
                .toList();
    }

    @Test
    void savedScriptReplaysTheSameRequestsWithSecretsFromVars() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            ShellHarness original = new ShellHarness(server.base());
            original.line("get /get_ips limit==2");
            original.line("print response.status_code");
            original.line("post /ips ip=10.0.0.1 'Authorization:Bearer s3cret' tags:='[\"a\"]'");
            original.line("expect status 201");
            original.line("expect status 500");
            original.line("get /missing");
            original.line("nonsense");
            Path script = folder.resolve("session.restsh");
            assertThat(original.line("save-script " + script)).isZero();
            List<Sent> first = sent(server);

            String text = Files.readString(script);
            assertThat(text)
                    .doesNotContain("s3cret")
                    .contains("# restsh script: replay with  restsh --base " + server.base()
                            + " run session.restsh --var AUTHORIZATION=...\n")
                    .endsWith("get /get_ips limit==2\n"
                            + "post /ips ip=10.0.0.1 Authorization:{{AUTHORIZATION}} 'tags:=[\"a\"]'\n"
                            + "expect status 201\n"
                            + "get /missing\n");
            assertThat(original.err()).contains("wrote 4 commands to " + script);

            server.forget();
            ShellHarness replay = new ShellHarness(server.base());
            int status = replay.oneShot("run", script.toString(), "--var", "AUTHORIZATION=Bearer s3cret");
            assertThat(status).as(replay.err()).isZero();
            assertThat(sent(server)).isEqualTo(first);

            // The replaying session's own transcript keeps the placeholders, not the values it filled in.
            Path again = folder.resolve("again.restsh");
            replay.line("save-script " + again);
            assertThat(Files.readString(again)).doesNotContain("s3cret").contains("Authorization:{{AUTHORIZATION}}");
        }
    }

    @Test
    void pastedCurlCommandsAreSavedWithTheirCredentialsAsVariablesAndReplayed() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            ShellHarness original = new ShellHarness(server.base());
            assertThat(original.line("curl -u alice:wonderland " + server.base() + "/get_ips"))
                    .isZero();
            assertThat(original.line("curl -X POST " + server.base() + "/ips -H 'Authorization: Bearer s3cret'"
                            + " -H 'Content-Type: application/json' --data-raw '{\"ip\":\"10.0.0.2\"}'"))
                    .isZero();
            Path script = folder.resolve("curl.restsh");
            assertThat(original.line("save-script " + script)).isZero();
            List<Sent> first = sent(server);
            String text = Files.readString(script);
            assertThat(text)
                    .doesNotContain("wonderland")
                    .doesNotContain("s3cret")
                    .contains("curl -u {{CREDENTIALS}} ")
                    .contains("'Authorization: {{AUTHORIZATION}}'");

            server.forget();
            ShellHarness replay = new ShellHarness(server.base());
            int status = replay.oneShot(
                    "run",
                    script.toString(),
                    "--var",
                    "CREDENTIALS=alice:wonderland",
                    "--var",
                    "AUTHORIZATION=Bearer s3cret");
            assertThat(status).as(replay.err()).isZero();
            assertThat(sent(server)).isEqualTo(first);
        }
    }

    /**
     * A JSON message's secret field is saved as {@code "{{PASSWORD}}"}: the script stays valid JSON, and its replay
     * (the secret from the environment) sends the very text the session sent, escapes and all.
     */
    @Test
    void aSentJsonMessagesSecretIsSavedAsAVariableAndReplayedAsValidJson() throws Exception {
        String secret = "pa\"ss $1\\ ok";
        String message = "{\"user\": \"ann\", \"password\": \"pa\\\"ss $1\\\\ ok\"}";
        try (RawWebSocketServer server = new RawWebSocketServer()) {
            ShellHarness original = new ShellHarness("http://127.0.0.1:1");
            assertThat(original.line("ws " + server.url("/feed")))
                    .as(original.err())
                    .isZero();
            assertThat(original.line("send " + message)).as(original.err()).isZero();
            assertThat(original.line("close")).as(original.err()).isZero();
            assertThat(server.nextReceived(Duration.ofSeconds(10))).isEqualTo(message);
            Path script = folder.resolve("ws.restsh");
            assertThat(original.line("save-script " + script)).isZero();

            String text = Files.readString(script);
            assertThat(text)
                    .doesNotContain("pa\\\"ss")
                    .doesNotContain("$1")
                    .contains("run ws.restsh --var PASSWORD=...\n")
                    .contains("\nsend {\"user\": \"ann\", \"password\": \"{{PASSWORD}}\"}\n");

            ShellHarness replay = new ShellHarness("http://127.0.0.1:1");
            replay.context().scripting().environment(Map.of("PASSWORD", secret));
            assertThat(replay.oneShot("run", script.toString()))
                    .as(replay.err())
                    .isZero();
            String replayed = server.nextReceived(Duration.ofSeconds(10));
            assertThat(replayed).isEqualTo(message);
            assertThat(Json.parse(replayed).get("password").asText()).isEqualTo(secret);
        }
    }

    /** Inside a := item's JSON and a pasted curl command's JSON body, secret fields become variables too. */
    @Test
    void secretFieldsInsideJsonValuesAndCurlBodiesBecomeVariables() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            ShellHarness original = new ShellHarness(server.base());
            // A password with a quote and a backslash: replayed, it must be escaped as JSON again.
            assertThat(original.line(
                            "post /ips ip=10.0.0.3 'login:={\"user\": \"ann\", \"password\": \"hu\\\"nt\\\\er2\"}'"))
                    .isZero();
            assertThat(original.line("curl -X POST " + server.base() + "/ips -H 'Content-Type: application/json'"
                            + " --data-raw '{\"ip\":\"10.0.0.4\",\"api_key\":\"k-123\",\"n\":1}'"))
                    .isZero();
            Path script = folder.resolve("bodies.restsh");
            assertThat(original.line("save-script " + script)).isZero();
            List<Sent> first = sent(server);
            assertThat(Files.readString(script))
                    .doesNotContain("nt\\\\er2")
                    .doesNotContain("k-123")
                    .contains("'login:={\"user\": \"ann\", \"password\": \"{{PASSWORD}}\"}'")
                    .contains("--data-raw '{\"ip\":\"10.0.0.4\",\"api_key\":\"{{API_KEY}}\",\"n\":1}'");

            server.forget();
            ShellHarness replay = new ShellHarness(server.base());
            int status =
                    replay.oneShot("run", script.toString(), "--var", "PASSWORD=hu\"nt\\er2", "--var", "API_KEY=k-123");
            assertThat(status).as(replay.err()).isZero();
            assertThat(sent(server)).isEqualTo(first);
        }
    }

    @Test
    void recordKeepsOnlyTheCommandsBetweenStartAndStop() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            shell.line("get /get_ips");
            assertThat(shell.line("record stop x.restsh")).isEqualTo(2);
            assertThat(shell.line("record start")).isZero();
            shell.line("get /counter");
            shell.line("expect jq '.count == 1'");
            Path file = folder.resolve("sub/recorded.restsh");
            assertThat(shell.line("record stop " + file)).isZero();
            shell.line("get /get_ips");
            assertThat(Files.readAllLines(file))
                    .containsExactly(
                            "# restsh script: replay with  restsh --base " + server.base() + " run recorded.restsh",
                            "get /counter",
                            "expect jq '.count == 1'");
            assertThat(shell.err()).contains("record stop: not recording (record start first)");
        }
    }
}
