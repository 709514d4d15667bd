package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pause, step, where, continue, quit and post-mortem on a real terminal (tmux); skipped only without tmux. */
class DebuggerTerminalTest {
    @TempDir
    Path folder;

    @BeforeAll
    static void needsTmux() {
        Assumptions.assumeTrue(TmuxSession.available(), "tmux is not installed");
    }

    @Test
    void pauseOpensTheShellWithTheScriptSessionAndStepAndContinueResume() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            Files.writeString(folder.resolve("pause.restsh"), """
                    get /get_ips
                    pause
                    get /counter
                    expect jq '.count == 1'
                    get /counter
                    expect jq '.count == 2'
                    """);
            String prompt = "[paused] " + server.base() + ">";
            try (TmuxSession tmux = new TmuxSession(folder, "--base " + server.base() + " run pause.restsh")) {
                tmux.waitFor("-- paused at pause.restsh:2 (continue, step, where, quit; the session is live) --");
                tmux.waitFor(prompt, 1);
                tmux.type("response.url");
                tmux.waitFor("\n" + server.base() + "/get_ips\n");
                tmux.waitFor(prompt, 2);
                tmux.type("where");
                tmux.waitFor("->    2  pause");
                tmux.waitFor(prompt, 3);
                tmux.type("step");
                tmux.waitFor("-- paused at pause.restsh:3");
                tmux.waitFor("->    3  get /counter");
                assertThat(server.seen()).hasSize(1);
                tmux.waitFor(prompt, 4);
                tmux.type("continue");
                tmux.waitFor("EXIT=");
                assertThat(tmux.screen())
                        .contains("PASSED: pause.restsh: 3 requests sent, 2 expectations passed, 0 failed")
                        .contains("EXIT=0");
            }
        }
    }

    @Test
    void postMortemOpensTheShellAtTheFailedExpectation() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            Files.writeString(folder.resolve("pm.restsh"), """
                    get /counter
                    expect jq '.count == 5'
                    get /get_ips
                    """);
            String prompt = "[paused] " + server.base() + ">";
            try (TmuxSession tmux = new TmuxSession(folder, "--base " + server.base() + " run --pm pm.restsh")) {
                tmux.waitFor("restsh: expectation failed at pm.restsh:2: expect jq '.count == 5'");
                tmux.waitFor("-- post-mortem at pm.restsh:2");
                tmux.waitFor(prompt, 1);
                tmux.type("response.headers['x-count']");
                tmux.waitFor(prompt, 2);
                tmux.type("response.url");
                tmux.waitFor("\n" + server.base() + "/counter\n");
                tmux.waitFor(prompt, 3);
                tmux.type("continue");
                tmux.waitFor("EXIT=");
                assertThat(tmux.screen())
                        .contains("FAILED: pm.restsh: 1 request sent, 0 expectations passed, 1 failed")
                        .contains("EXIT=6");
                assertThat(server.seen()).hasSize(1);
            }
        }
    }

    @Test
    void stepPausesBeforeEveryRequestAndQuitStopsTheScript() throws Exception {
        try (ScriptTestServer server = new ScriptTestServer()) {
            Files.writeString(folder.resolve("step.restsh"), """
                    get /counter
                    expect status 200
                    get /get_ips
                    get /counter
                    """);
            String prompt = "[paused] " + server.base() + ">";
            try (TmuxSession tmux = new TmuxSession(folder, "--base " + server.base() + " run --step step.restsh")) {
                tmux.waitFor("-- paused at step.restsh:1");
                tmux.waitFor(prompt, 1);
                tmux.type("continue");
                tmux.waitFor("-- paused at step.restsh:3");
                assertThat(server.seen()).hasSize(1);
                tmux.waitFor(prompt, 2);
                tmux.type("quit");
                tmux.waitFor("EXIT=");
                assertThat(tmux.screen())
                        .contains("restsh: script stopped at step.restsh:3 (quit)")
                        .contains("FAILED: step.restsh: 1 request sent, 1 expectation passed, 0 failed")
                        .contains("EXIT=1");
                assertThat(server.seen()).hasSize(1);
            }
        }
    }
}
