package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** watch re-sends a request and shows what changed between runs. */
class WatchTest {
    @Test
    void showsChangedHeadersAndBodyLines() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            int status = shell.line("watch -n 0.1 --count 2 get /counter");
            assertThat(status).as(shell.err()).isZero();
            assertThat(shell.out())
                    .contains("watching GET " + server.base() + "/counter every 0.1 s, 2 times")
                    .containsPattern("\\[\\d\\d:\\d\\d:\\d\\d #1] HTTP/1.1 200 OK .*changed:")
                    .contains("  - x-count: 1\n  + x-count: 2\n")
                    .contains("  -   \"count\" : 1\n  +   \"count\" : 2\n")
                    .contains("  - x-count: 2\n  + x-count: 3\n")
                    .doesNotContain("\"name\" : \"counter\"\n  +");
            assertThat(server.seen()).hasSize(3);
            shell.clear();
            assertThat(shell.line("response.json()['count']")).isZero();
            assertThat(shell.out()).isEqualTo("3\n");
        }
    }

    @Test
    void watchesTheRequestAsSentNotItsLastRedirectHop() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (LoopbackServer server = new LoopbackServer()) {
            server.route("/", exchange -> {
                seen.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
                if (exchange.getRequestURI().getPath().equals("/moved")) {
                    LoopbackServer.redirect(303, "/target").handle(exchange);
                } else {
                    LoopbackServer.reply(exchange, 200, "here");
                }
            });
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.line("watch -n 0.1 --count 1 post /moved a=1"))
                    .as(shell::err)
                    .isZero();
            assertThat(shell.out())
                    .contains("watching POST " + server.base() + "/moved")
                    .containsPattern("#1] HTTP/1.1 200 OK .*no change");
            assertThat(seen).containsExactly("POST /moved", "GET /target", "POST /moved", "GET /target");
        }
    }

    @Test
    void defaultsToTheLastRequestAndSaysWhenNothingChanged() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.line("watch --count 1")).isEqualTo(2);
            assertThat(shell.err()).contains("watch: no request yet");
            shell.line("get /get_ips");
            shell.clear();
            assertThat(shell.line("watch -n 0.1 --count 1")).isZero();
            assertThat(shell.out()).containsPattern("#1] HTTP/1.1 200 OK .*no change");
            assertThat(server.seen()).hasSize(2);
        }
    }
}
