package dev.restsh.shell.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.FixtureServer;
import dev.restsh.shell.Golden;
import dev.restsh.shell.ShellHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jq, diff and save on numbered responses, through the command tree as the REPL runs them. */
class InspectCommandsTest {
    @AutoClose
    private static final FixtureServer server = new FixtureServer();

    @TempDir
    Path folder;

    private static ShellHarness twoResponses(boolean colour) {
        ShellHarness shell = new ShellHarness(server.base(), colour);
        assertThat(shell.line("get /first")).as(shell::err).isZero();
        assertThat(shell.line("get /second")).as(shell::err).isZero();
        shell.clear();
        return shell;
    }

    @Test
    void aBareRequestLineIsTheLastRequestAsInTheTutorial() {
        ShellHarness shell = twoResponses(false);
        assertThat(shell.line("request")).as(shell::err).isZero();
        String bare = shell.out();
        shell.clear();
        assertThat(shell.line("print request")).isZero();
        assertThat(bare).isEqualTo(shell.out()).contains("GET");
        shell.clear();
        assertThat(shell.line("request GET /first"))
                .as("still the request command")
                .isZero();
    }

    @Test
    void expressionsThatStartWithAMinusAreNotOptions() {
        ShellHarness shell = twoResponses(false);
        assertThat(shell.line("- 1")).as(shell::err).isZero();
        assertThat(shell.line("print -2")).as(shell::err).isZero();
        assertThat(shell.line("expect -1 < 0")).as(shell::err).isZero();
        assertThat(shell.out()).isEqualTo("-1\n-2\n");
        shell.clear();
        assertThat(shell.line("print --help")).isZero();
        assertThat(shell.out()).contains("EXPRESSION");
    }

    @Test
    void aMissingKeySaysWhatKeysThereAre() {
        ShellHarness shell = twoResponses(false);
        assertThat(shell.line("response.links['next']")).isEqualTo(2);
        assertThat(shell.err()).contains("KeyError: 'next' (it is empty)");
    }

    @Test
    void expectAndLetReadAQuotedJqFilterAsTheJqCommandDoes() {
        ShellHarness shell = twoResponses(false);
        String filter = "\"[.results[] | select(.ip == \\\"10.0.0.9\\\")] | length\"";
        assertThat(shell.line("jq " + filter)).as(shell::err).isZero();
        assertThat(shell.out()).isEqualTo("1\n");
        assertThat(shell.line("expect jq " + filter.replace("| length\"", "| length == 1\"")))
                .as(shell::err)
                .isZero();
        assertThat(shell.line("let n = jq " + filter)).as(shell::err).isZero();
        assertThat(shell.line("let m = jq '.results | length'")).as(shell::err).isZero();
        assertThat(shell.line("expect jq .count == 4")).as(shell::err).isZero();
        shell.clear();
        assertThat(shell.line("print n")).isZero();
        assertThat(shell.line("print m")).isZero();
        assertThat(shell.out()).isEqualTo("1\n3\n");
    }

    @Test
    void jqRunsARealFilterOnTheNewestBody() {
        ShellHarness shell = twoResponses(false);
        assertThat(shell.line("jq '[.results[] | select(.ip | startswith(\"10.0.0\")) | .ip] | sort'"))
                .as(shell::err)
                .isZero();
        assertThat(shell.out()).isEqualTo("[\n    \"10.0.0.1\",\n    \"10.0.0.3\",\n    \"10.0.0.9\"\n]\n");
    }

    @Test
    void jqReadsAnEarlierResponseAndPrintsEachResult() {
        ShellHarness shell = twoResponses(false);
        assertThat(shell.line("jq .results[].ip _1")).isZero();
        assertThat(shell.out()).isEqualTo("\"10.0.0.1\"\n\"10.0.0.2\"\n");
        shell.clear();
        assertThat(shell.line("jq -r '.results[].label' _1")).isZero();
        assertThat(shell.out()).isEqualTo("router\ncaf\u00e9 \"x\"\n");
        shell.clear();
        assertThat(shell.line("jq -c '.results[0]'")).isZero();
        assertThat(shell.out()).isEqualTo("{\"ip\":\"10.0.0.1\",\"label\":\"router\",\"up\":false}\n");
    }

    @Test
    void jqErrorsReadAsJqErrors() {
        ShellHarness shell = twoResponses(false);
        assertThat(shell.line("jq '.results['")).isEqualTo(2);
        assertThat(shell.err())
                .startsWith("restsh: jq: error: ")
                .contains("compile error")
                .endsWith("\n");
        shell.clear();
        assertThat(shell.line("jq '.count | keys' _2")).isEqualTo(2);
        assertThat(shell.err()).startsWith("restsh: jq: error (at _2): ");
        shell.clear();
        assertThat(shell.line("jq . _7")).isEqualTo(2);
        assertThat(shell.err()).isEqualTo("restsh: no response _7: history has _1 to _2\n");
    }

    @Test
    void jqRunnerIsReusableFromOtherCommands() {
        var input = dev.restsh.shell.json.Json.parse(FixtureServer.SECOND);
        assertThat(JqRunner.run(".results | length", input)).hasSize(1).first().hasToString("3");
        assertThat(JqRunner.run(".results[].ip", input)).hasSize(3);
    }

    @Test
    void diffShowsPathsAddedRemovedAndChanged() {
        ShellHarness shell = twoResponses(false);
        assertThat(shell.line("diff _1 _2")).as(shell::err).isZero();
        Golden.assertMatches("diff/plain.txt", shell.out());
    }

    @Test
    void diffAllComparesStatusAndHeadersToo() {
        ShellHarness shell = twoResponses(true);
        assertThat(shell.line("diff _1 _ --all")).as(shell::err).isZero();
        Golden.assertMatches("diff/all-colour.txt", shell.out());
    }

    @Test
    void diffOfAResponseWithItselfHasNoDifferences() {
        ShellHarness shell = twoResponses(false);
        shell.line("diff _2 _");
        assertThat(shell.out()).isEqualTo("no differences\n");
    }

    @Test
    void saveWritesTheBodyByteForByte() throws Exception {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /binary");
        shell.line("get /first");
        Path file = folder.resolve("logo.png");
        assertThat(shell.line("save " + file + " _1")).as(shell::err).isZero();
        assertThat(Files.readAllBytes(file)).isEqualTo(FixtureServer.BINARY);
        assertThat(shell.err()).contains("saved 12 B to " + file);
        Path json = folder.resolve("first.json");
        assertThat(shell.line("save " + json)).isZero();
        assertThat(Files.readString(json, StandardCharsets.UTF_8)).isEqualTo(FixtureServer.FIRST);
    }

    @Test
    void saveIntoAMissingFolderIsOneClearLine() {
        ShellHarness shell = new ShellHarness(server.base());
        shell.line("get /first");
        shell.clear();
        assertThat(shell.line("save " + folder.resolve("no/such/dir/x.json"))).isEqualTo(1);
        assertThat(shell.err())
                .isEqualTo("restsh: cannot write " + folder.resolve("no/such/dir/x.json")
                        + ": no such file or directory\n");
        shell.clear();
        assertThat(shell.line("response.status_code > " + folder.resolve("no/such/dir/y.txt")))
                .isEqualTo(1);
        assertThat(shell.err()).endsWith("y.txt: no such file or directory\n");
    }
}
