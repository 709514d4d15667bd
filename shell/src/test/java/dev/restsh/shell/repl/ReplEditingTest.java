package dev.restsh.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.config.Settings;
import dev.restsh.shell.openapi.ApiServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Multi-line input, !! recall and the history file, through the REPL loop on JLine's dumb terminal. */
class ReplEditingTest {
    @TempDir
    Path directory;

    @Test
    void anUnclosedBracketContinuesTheLineAndBangBangRecallsIt() throws Exception {
        Path history = directory.resolve("history");
        try (ApiServer server = new ApiServer().respond("/ips", 201, "application/json", "{\"id\":1}", null)) {
            ShellHarness shell = new ShellHarness(server.base());
            shell.context()
                    .settings(Settings.resolve(
                            Map.of("RESTSH_HISTORY", history.toString(), "RESTSH_OPENAPI", "off"), Map.of()));
            String screen = ReplTest.runRepl(
                    shell,
                    "post /ips data:='{\n  \"ip\": \"1.2.3.4\"\n}'\n!!\n"
                            + "response.status_code != 201\n"
                            + "post /ips Authorization:'Bearer s3cret' x=1\n");
            // Four entries (the first one three lines long) and the end of input: five prompts.
            assertThat(screen).isEqualTo((server.base() + "> ").repeat(5));
            assertThat(server.requests())
                    .containsExactly(
                            "POST /ips {\"data\":{\"ip\":\"1.2.3.4\"}}",
                            "POST /ips {\"data\":{\"ip\":\"1.2.3.4\"}}",
                            "POST /ips {\"x\":\"1\"}");
            assertThat(shell.out()).contains("\nfalse\n");
            assertThat(Files.readString(history))
                    .isEqualTo("post /ips data:='{\\n  \"ip\": \"1.2.3.4\"\\n}'\n" + "response.status_code != 201\n")
                    .doesNotContain("s3cret");
        }
    }
}
