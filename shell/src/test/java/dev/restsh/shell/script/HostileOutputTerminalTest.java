package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real terminal (tmux), a body and a header full of control sequences neither retitle the window, nor clear
 * the screen, nor overwrite a line: they are shown as text. Skipped only without tmux.
 */
class HostileOutputTerminalTest {
    private static final String EVIL = "safe\rEVIL \u001b]0;owned\u0007\u001b[2J\u001b[31mred\n";

    @TempDir
    Path folder;

    @BeforeAll
    static void needsTmux() {
        Assumptions.assumeTrue(TmuxSession.available(), "tmux is not installed");
    }

    @Test
    void noControlSequenceFromTheServerReachesTheTerminal() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            server.route("/evil", exchange -> {
                exchange.getResponseHeaders().set("X-Evil", "a\u001b]2;header-title\u0007b");
                LoopbackServer.reply(exchange, 200, "text/plain; charset=utf-8", EVIL.getBytes(StandardCharsets.UTF_8));
            });
            try (TmuxSession tmux = new TmuxSession(folder, "--base " + server.base())) {
                tmux.waitFor(">");
                String title = tmux.title();
                tmux.type("get -p hb /evil");
                tmux.waitFor("safe^MEVIL ^[]0;owned^G^[[2J^[[31mred");
                assertThat(tmux.screen()).contains("get -p hb /evil").contains("a^[]2;header-title^Gb");
                assertThat(tmux.title())
                        .isEqualTo(title)
                        .doesNotContain("owned")
                        .doesNotContain("header-title");
            }
        }
    }

    /** {@code restsh --raw}: the user asked for the server's bytes, and the terminal gets them (and acts on them). */
    @Test
    void theRawFlagWritesTheServersBytesToTheTerminal() throws Exception {
        try (LoopbackServer server = new LoopbackServer()) {
            server.route(
                    "/title",
                    exchange -> LoopbackServer.reply(
                            exchange,
                            200,
                            "text/plain; charset=utf-8",
                            "before \u001b]2;raw-title\u0007after\n".getBytes(StandardCharsets.UTF_8)));
            try (TmuxSession tmux = new TmuxSession(folder, "--raw --base " + server.base())) {
                tmux.waitFor(">");
                tmux.type("get -b /title");
                tmux.waitFor("before after");
                assertThat(tmux.screen()).doesNotContain("^[");
                assertThat(tmux.title()).isEqualTo("raw-title");
            }
        }
    }
}
