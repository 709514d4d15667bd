package dev.restsh.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.LoopbackServer;
import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.command.RootCommand;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The request features fed as piped commands: the stdin holds commands, never a body. */
class StdinRequestsTest {
    @Test
    void sessionCommandsVariablesAndCurlWorkFromStdin() throws Exception {
        try (LoopbackServer server = new LoopbackServer().route("/", LoopbackServer.echo())) {
            ShellHarness shell = new ShellHarness(server.base());
            shell.context().bodyInput(new ByteArrayInputStream("never a body".getBytes(StandardCharsets.UTF_8)));
            String input = "set id=7\n"
                    + "header X-Id: {{id}}\n"
                    + "cd items\n"
                    + "post {{id}} name=ann\n"
                    + "curl -X PUT " + server.base() + "/c -d a=1\n"
                    + "export curl 1\n";
            RootCommand root = shell.root().getCommand();
            // As Main does with no subcommand and no terminal: the reader runs the piped commands.
            root.onNoCommand(() -> new StdinReader(
                            shell.root(),
                            shell.context(),
                            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)))
                    .run());
            int status = shell.root().execute();
            assertThat(status).as(shell::err).isZero();
            assertThat(shell.out())
                    .contains("POST /items/7\n")
                    .contains("body: {\"name\":\"ann\"}")
                    .contains("PUT /c\n")
                    .contains("body: a=1")
                    .contains("curl " + server.base() + "/items/7 ")
                    .contains("-H 'X-Id: 7'")
                    .doesNotContain("never a body");
        }
    }
}
