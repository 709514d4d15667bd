package dev.restsh.shell.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A body of deeply nested brackets: output in proportion to the input, and parsing it is an error, not a crash. */
class DeepNestingTest {
    private static final int DEPTH = 100_000;
    private static final String BODY = "[".repeat(DEPTH) + "]".repeat(DEPTH);

    @AutoClose
    static final HostileServer server = new HostileServer()
            .reply("/deep", TerminalSafetyTest.reply("200 OK", "application/json", BODY.getBytes()))
            .reply(
                    "/large-deep",
                    TerminalSafetyTest.reply(
                            "200 OK",
                            "application/json",
                            ("{\"a\":" + BODY + ",\"pad\":\"" + "x".repeat(1 << 20) + "\"}").getBytes()));

    @Test
    void prettyPrintingStopsIndentingPastTheDepthLimitAndSaysSoOnce() {
        for (String path : new String[] {"/deep", "/large-deep"}) { // formatted in memory, and streamed
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(shell.oneShot("get", path)).isZero();
            assertThat(shell.out().length()).isLessThan(2 * BODY.length() + (1 << 20) + 10_000);
            assertThat(shell.err()).containsOnlyOnce("deeper levels are shown compact");
        }
    }

    @Test
    void parsingADeeperBodyIsAClearErrorNotAStackOverflow() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get -b /deep")).isZero();
        for (String line : new String[] {"response.json()", "jq '.[0]'"}) {
            shell.clear();
            assertThat(shell.line(line)).as(line).isNotZero();
            assertThat(shell.err()).as(line).contains("nest").doesNotContain("StackOverflow");
        }
    }
}
