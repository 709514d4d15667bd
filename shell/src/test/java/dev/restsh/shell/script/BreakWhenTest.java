package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Conditional breakpoints: break when EXPR in a script, run --break-when EXPR, each pausing once. */
class BreakWhenTest {
    @TempDir
    Path folder;

    @Test
    void pausesAtTheFirstResponseForWhichTheConditionHolds() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            Path file = folder.resolve("b.restsh");
            Files.writeString(
                    file,
                    "break when response.json()['count'] >= 2\nget /counter\nget /counter\nget /counter\n"
                            + "expect jq '.count == 3'\n");
            String screen =
                    PausedReplTest.runWithKeys(shell, "run " + file, "print response.json()['count']\ncontinue\n");
            assertThat(screen).contains("[paused] ");
            assertThat(shell.out())
                    .contains("-- break when response.json()['count'] >= 2 at b.restsh:3 (continue, step, where, quit;")
                    .contains("->    3  get /counter")
                    .contains("\n2\n")
                    // once: the third response (count 3) does not pause again
                    .doesNotContain("at b.restsh:4");
            assertThat(shell.err()).contains("PASSED: b.restsh: 3 requests sent, 1 expectation passed");
        }
    }

    @Test
    void runBreakWhenFromTheCommandLine() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            Path file = folder.resolve("r.restsh");
            Files.writeString(file, "get /get_ips\nget /missing\nget /get_ips\n");
            PausedReplTest.runWithKeys(shell, "run --break-when 'response.status_code == 404' " + file, "continue\n");
            assertThat(shell.out())
                    .contains("-- break when response.status_code == 404 at r.restsh:2")
                    .containsOnlyOnce("-- break when");
            assertThat(server.seen()).hasSize(3);
        }
    }

    @Test
    void withoutATerminalTheBreakIsANoteAndOutsideAScriptAUsageError() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            Path file = folder.resolve("n.restsh");
            Files.writeString(file, "break when response.ok\nget /get_ips\n");
            assertThat(shell.oneShot("run", file.toString())).isZero();
            assertThat(shell.err()).contains("restsh: n.restsh:2: no terminal to pause on; going on");
            assertThat(shell.line("break when response.ok")).isEqualTo(2);
            assertThat(shell.line("run --break-when 'response.ok ==' " + file)).isEqualTo(2);
            assertThat(shell.err()).contains("SyntaxError");
        }
    }
}
