package dev.restsh.shell.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.FixtureServer;
import dev.restsh.shell.ShellHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code > FILE}, {@code >> FILE} and {@code | CMD} after any line, and {@code >} still comparing in expressions. */
class RedirectionTest {
    @AutoClose
    private static final FixtureServer server = new FixtureServer();

    @TempDir
    Path folder;

    @Test
    void requestOutputGoesToAFileAsPlainValidJson() throws Exception {
        ShellHarness shell = new ShellHarness(server.base(), true);
        Path file = folder.resolve("out.json");
        assertThat(shell.line("get /first > " + file)).as(shell::err).isZero();
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(written).startsWith("{\n    \"count\": 3,").doesNotContain("\u001b");
        assertThat(dev.restsh.shell.json.Json.parse(written).get("count").asInt())
                .isEqualTo(3);
        assertThat(shell.out()).isEmpty();
        assertThat(shell.err()).contains("HTTP/1.1 200 OK"); // the status line is not part of the body
    }

    @Test
    void aBinaryBodyRedirectedToAFileIsWrittenAsIs() throws Exception {
        ShellHarness shell = new ShellHarness(server.base(), true);
        Path file = folder.resolve("logo.png");
        assertThat(shell.line("get /binary -b > " + file)).as(shell::err).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(FixtureServer.BINARY);
    }

    @Test
    void appendingAddsToTheFile() throws Exception {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /first");
        Path file = folder.resolve("log.txt");
        assertThat(shell.line("response.status_code > " + file)).isZero();
        assertThat(shell.line("jq -c .count >> " + file)).isZero();
        assertThat(shell.line("print response.url >> '" + file + "'")).isZero();
        assertThat(Files.readString(file)).isEqualTo("200\n3\n" + server.base() + "/first\n");
    }

    @Test
    void greaterThanBetweenValuesIsStillAComparison() {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /first");
        shell.line("get /second");
        shell.clear();
        assertThat(shell.line("response.status_code > 199")).isZero();
        assertThat(shell.line("_2.json()['count'] > _1.json()['count']")).isZero();
        assertThat(shell.line("response.json()['count'] >= 5")).isZero();
        assertThat(shell.out()).isEqualTo("true\ntrue\nfalse\n");
    }

    @Test
    void pipeFeedsTheOutputToAShellCommand() {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /first");
        shell.clear();
        assertThat(shell.line("jq -r '.results[].ip' | sort -r | head -1"))
                .as(shell::err)
                .isZero();
        assertThat(shell.out()).isEqualTo("10.0.0.2\n");
        shell.clear();
        assertThat(shell.line("get /second -b | grep -c '\"ip\"'")).isZero();
        assertThat(shell.out()).isEqualTo("3\n");
    }

    @Test
    void quotedOperatorsAreNotRedirections() {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /first");
        shell.clear();
        assertThat(shell.line("jq -r '.results | map(.ip) | join(\">\")'"))
                .as(shell::err)
                .isZero();
        assertThat(shell.out()).isEqualTo("10.0.0.1>10.0.0.2\n");
    }

    @Test
    void missingTargetIsAUsageError() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("history >")).isEqualTo(2);
        assertThat(shell.err()).isEqualTo("restsh: '>' needs a file after it\n");
        shell.clear();
        assertThat(shell.line("history |")).isEqualTo(2);
        assertThat(shell.err()).isEqualTo("restsh: '|' needs a command after it\n");
    }

    @Test
    void afterARedirectionOutputComesBackToTheConsole() {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /first > " + folder.resolve("a.json"));
        shell.clear();
        shell.line("response.status_code");
        assertThat(shell.out()).isEqualTo("200\n");
    }
}
