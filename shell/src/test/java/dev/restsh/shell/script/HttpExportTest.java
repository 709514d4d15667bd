package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export http writes .http files that read back as the requests that were sent. */
class HttpExportTest {
    @TempDir
    Path folder;

    /** A request read back from a .http file, as IntelliJ's and VS Code's clients read it. */
    private record Parsed(String method, String url, Map<String, String> headers, String body) {}

    /** Requests separated by ### lines; request line, headers up to a blank line, then the body. */
    private static List<Parsed> parse(String text) {
        List<Parsed> requests = new ArrayList<>();
        for (String block : text.split("(?m)^###.*\\n")) {
            List<String> lines =
                    block.lines().filter(line -> !line.startsWith("#")).toList();
            if (lines.stream().allMatch(String::isBlank)) {
                continue;
            }
            String[] requestLine = lines.get(0).split(" ", 2);
            Map<String, String> headers = new LinkedHashMap<>();
            int i = 1;
            for (; i < lines.size() && !lines.get(i).isBlank(); i++) {
                String[] header = lines.get(i).split(":\\s*", 2);
                headers.put(header[0].toLowerCase(), header[1]);
            }
            String body = String.join("\n", lines.subList(Math.min(i + 1, lines.size()), lines.size()))
                    .strip();
            requests.add(new Parsed(requestLine[0], requestLine[1], headers, body));
        }
        return requests;
    }

    @Test
    void exportedRequestsParseBackAsTheRequestsSent() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            shell.line("get /get_ips limit==2");
            shell.line("post /ips ip=10.0.0.1 label='front door' Authorization:'Bearer s3cret'");
            Path file = folder.resolve("session.http");
            assertThat(shell.line("export http --all -o " + file)).isZero();
            assertThat(shell.err()).contains("wrote 2 requests to " + file);

            List<Parsed> parsed = parse(Files.readString(file));
            List<ScriptTestServer.Seen> seen = server.seen();
            assertThat(parsed).hasSize(2);
            for (int i = 0; i < 2; i++) {
                assertThat(parsed.get(i).method()).isEqualTo(seen.get(i).method());
                assertThat(parsed.get(i).url())
                        .isEqualTo(server.base() + seen.get(i).uri());
                assertThat(parsed.get(i).headers().get("accept"))
                        .isEqualTo(seen.get(i).header("Accept"));
                assertThat(parsed.get(i).body()).isEqualTo(seen.get(i).body());
            }
            assertThat(parsed.get(1).headers())
                    .containsEntry("content-type", "application/json")
                    .containsEntry("authorization", "{{AUTHORIZATION}}");
            assertThat(Files.readString(file)).doesNotContain("s3cret");

            shell.clear();
            assertThat(shell.line("export http 2 --show-secrets")).isZero();
            Parsed second = parse(shell.out()).get(0);
            assertThat(second.headers()).containsEntry("authorization", "Bearer s3cret");
            assertThat(second.body()).isEqualTo("{\"ip\":\"10.0.0.1\",\"label\":\"front door\"}");
            shell.clear();
            assertThat(shell.line("export http")).isZero();
            assertThat(parse(shell.out())).extracting(Parsed::method).containsExactly("POST");
            assertThat(shell.line("export http 9")).isEqualTo(2);
            assertThat(shell.line("export")).isEqualTo(2);
        }
    }

    @Test
    void aRedirectedRequestIsExportedAsSentNotAsItsLastHop() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            server.route("/moved", LoopbackServer.redirect(303, "/echo")).route("/echo", LoopbackServer.echo());
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.line("post /moved a=1")).as(shell::err).isZero();
            shell.clear();
            assertThat(shell.line("export http")).isZero();
            Parsed exported = parse(shell.out()).get(0);
            assertThat(exported.method()).isEqualTo("POST");
            assertThat(exported.url()).isEqualTo(server.base() + "/moved");
            assertThat(exported.body()).isEqualTo("{\"a\":\"1\"}");
            assertThat(shell.out()).startsWith("### 1: POST /moved -> 200\n");
        }
    }

    @Test
    void theRequestsOptionsBecomeTheToolsSettings() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.line("get /get_ips --no-follow --timeout 2.5 --http1.1"))
                    .isZero();
            shell.clear();
            assertThat(shell.line("export http")).isZero();
            assertThat(shell.out())
                    .contains("\n# @no-redirect\n# @timeout 3\n# @connection-timeout 3\nGET " + server.base()
                            + "/get_ips HTTP/1.1\n");
            assertThat(shell.line("get /get_ips")).isZero();
            shell.clear();
            assertThat(shell.line("export http")).isZero();
            assertThat(shell.out()).doesNotContain("# @").contains("GET " + server.base() + "/get_ips\n");
        }
    }
}
