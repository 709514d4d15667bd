package dev.restsh.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.TutorialServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The REPL loop on JLine's dumb terminal, fed scripted keystrokes. */
public class ReplTest {
    /** Runs the REPL over the input as typed keystrokes; returns what the terminal showed. */
    public static String runRepl(ShellHarness shell, String input) throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (Terminal terminal = new DumbTerminal(
                "restsh-test",
                "dumb",
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                screen,
                StandardCharsets.UTF_8)) {
            int status = new Repl(shell.root(), shell.context()).run(terminal);
            assertThat(status).isZero();
        }
        return screen.toString(StandardCharsets.UTF_8);
    }

    @Test
    void promptShowsTheBaseUrlAndLinesRunUntilExit() throws Exception {
        try (TutorialServer server = new TutorialServer()) {
            ShellHarness shell = new ShellHarness(server.base());
            String screen =
                    runRepl(shell, "get /get_ips\nresponse\nresponse.json()['results'][1]['ip']\nexit\nresponse\n");
            assertThat(screen).contains(server.base() + "> ");
            assertThat(shell.err()).contains("HTTP/1.1 200 OK");
            assertThat(shell.out())
                    .contains("<Response [200]>\n\"9.2.3.4\"\n")
                    .doesNotContain("<Response [200]>\n\"9.2.3.4\"\n<Response");
            assertThat(shell.context().exitRequested()).isTrue();
        }
    }

    @Test
    void errorsDoNotEndTheSessionAndEndOfInputLeaves() throws Exception {
        ShellHarness shell = new ShellHarness("http://127.0.0.1:9");
        runRepl(shell, "response\nnonsense here\nget /x\nbase http://example.invalid\n");
        assertThat(shell.err())
                .contains("no response yet")
                .contains("unknown command or name 'nonsense'")
                .contains("connection refused");
        assertThat(shell.out()).endsWith("http://example.invalid\n");
    }

    @Test
    void tabCompletesCommandNamesAndOptions() {
        ShellHarness shell = new ShellHarness("http://127.0.0.1:9");
        CommandCompleter completer = new CommandCompleter(shell.root());
        java.util.List<org.jline.reader.Candidate> candidates = new java.util.ArrayList<>();
        org.jline.reader.impl.DefaultParser parser = new org.jline.reader.impl.DefaultParser();
        completer.complete(null, parser.parse("hist", 4), candidates);
        assertThat(candidates).extracting(org.jline.reader.Candidate::value).contains("history", "get", "print");
        candidates.clear();
        completer.complete(null, parser.parse("get /x --no", 11), candidates);
        assertThat(candidates).extracting(org.jline.reader.Candidate::value).contains("--no-follow");
    }
}
