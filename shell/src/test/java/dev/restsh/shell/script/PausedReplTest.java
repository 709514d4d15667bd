package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.repl.ReplTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The paused REPL on JLine's dumb terminal, as when a script is run from the REPL: fast, and no tmux needed. */
class PausedReplTest {
    @TempDir
    Path folder;

    static String runWithKeys(ShellHarness shell, String command, String keys) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal(
                "restsh-test",
                "dumb",
                new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)),
                screen,
                StandardCharsets.UTF_8)) {
            shell.context().terminal(terminal);
            shell.line(command);
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void pausedReplSeesTheScriptSessionAndStepPausesAgain() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            Path file = folder.resolve("p.restsh");
            Files.writeString(
                    file, "get /counter\nbreakpoint()\nget /counter\nget /counter\nexpect jq '.count == 3'\n");
            String screen = runWithKeys(shell, "run " + file, "response.headers['x-count']\nstep\nwhere\ncontinue\n");
            assertThat(screen).contains("[paused] " + server.base() + "> ");
            assertThat(shell.out())
                    .contains("-- paused at p.restsh:2 (continue, step, where, quit; the session is live) --")
                    .contains("->    2  breakpoint()")
                    .contains("\n1\n")
                    .contains("-- paused at p.restsh:3")
                    .contains("->    3  get /counter");
            assertThat(shell.err()).contains("PASSED: p.restsh: 3 requests sent, 1 expectation passed");
            assertThat(shell.context().interactive()).isFalse();
        }
    }

    @Test
    void endOfInputContinuesAndQuitStopsTheScriptNotTheRepl() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            Path file = folder.resolve("q.restsh");
            Files.writeString(file, "pause\nget /counter\npause\nget /counter\n");
            runWithKeys(shell, "run " + file, "");
            assertThat(server.seen()).hasSize(2);
            server.forget();
            runWithKeys(shell, "run " + file, "continue\nquit\n");
            assertThat(server.seen()).hasSize(1);
            assertThat(shell.err()).contains("restsh: script stopped at q.restsh:3 (quit)");

            // quit at a post-mortem prompt of a script run from the REPL: the REPL goes on.
            server.forget();
            Path pm = folder.resolve("pm.restsh");
            Files.writeString(pm, "get /counter\nexpect status 500\nget /counter\n");
            ReplTest.runRepl(
                    shell, "run --pm --keep-going " + pm + "\nquit\nget /counter\nprint response.status_code\n");
            assertThat(shell.out()).contains("-- post-mortem at pm.restsh:2");
            assertThat(shell.err())
                    .contains("restsh: script stopped at pm.restsh:2 (quit)")
                    .contains("FAILED: pm.restsh:");
            // The script's third line never ran; the REPL's own get after quit did.
            assertThat(server.seen()).hasSize(2);
            assertThat(shell.out()).endsWith("200\n");
            assertThat(shell.context().exitRequested()).isFalse();
        }
    }

    @Test
    void debuggerCommandsOutsideAPauseAreClearErrors() {
        ShellHarness shell = new ShellHarness("http://127.0.0.1:9");
        assertThat(shell.line("continue")).isEqualTo(2);
        assertThat(shell.line("where")).isEqualTo(2);
        assertThat(shell.line("pause")).isEqualTo(2);
        assertThat(shell.err())
                .contains("restsh: continue: no script is running (run FILE, then pause)")
                .contains("restsh: pause works in a script (run FILE)");
    }
}
