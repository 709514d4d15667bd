package dev.restsh.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.TutorialServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Commands piped on stdin: no prompt, no echo, only output; the status of the last failing line. */
class StdinReaderTest {
    private static int feed(ShellHarness shell, String input) {
        return new StdinReader(
                        shell.root(), shell.context(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                .run();
    }

    @Test
    void runsEveryLineAndPrintsOnlyOutput() throws Exception {
        try (TutorialServer server = new TutorialServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            int status = feed(shell, "get /get_ips\n# a comment\n\nresponse\ndir(response)[0]\n");
            assertThat(status).isZero();
            assertThat(shell.out())
                    .endsWith("}\n<Response [200]>\napparent_encoding\n")
                    .doesNotContain("> ");
        }
    }

    @Test
    void exitStatusIsThatOfTheLastFailingLine() throws Exception {
        try (TutorialServer server = new TutorialServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            assertThat(feed(shell, "get /missing\nget /get_ips\n")).isEqualTo(4);
            assertThat(feed(shell, "get http://127.0.0.1:9/\nresponse\n")).isEqualTo(7);
            assertThat(shell.out()).endsWith("<Response [200]>\n");
        }
    }

    @Test
    void exitStopsReading() {
        ShellHarness shell = new ShellHarness("http://127.0.0.1:9");
        assertThat(feed(shell, "exit\nget /x\n")).isZero();
        assertThat(shell.err()).isEmpty();
    }
}
