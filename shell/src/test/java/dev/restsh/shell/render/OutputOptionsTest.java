package dev.restsh.shell.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.FixtureServer;
import dev.restsh.shell.Golden;
import dev.restsh.shell.ShellHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** HTTPie's output options on every kind of body, against golden files (stdout, then stderr). */
class OutputOptionsTest {
    @AutoClose
    private static final FixtureServer server = new FixtureServer();

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "default-json.txt        | false | get /first",
                "terminal-json.txt       | true  | get /first",
                "pretty-all-hb.txt       | false | get /first --pretty=all --print=hb",
                "pretty-colors.txt       | false | get /first --pretty=colors -b",
                "pretty-format-term.txt  | true  | get /first --pretty=format",
                "pretty-none.txt         | true  | get /first --pretty=none -b",
                "headers-only.txt        | false | get /second -h",
                "body-only.txt           | true  | get /second -b",
                "verbose-post.txt        | false | post /first name=router Accept:application/json -v",
                "print-request-only.txt  | false | post /first name=router --print=HB",
                "xml.txt                 | false | get /xml",
                "html.txt                | false | get /html -b",
                "text.txt                | false | get /text -b",
                "binary-terminal.txt     | true  | get /binary",
                "broken-json.txt         | false | get /broken -b",
            })
    void rendersAsTheGoldenFileSays(String golden, boolean terminal, String line) {
        ShellHarness shell = new ShellHarness(server.base(), terminal);
        shell.line(line);
        Golden.assertMatches("output/" + golden, Golden.stable(shell.out() + "--- stderr ---\n" + shell.err()));
    }

    @ParameterizedTest
    @CsvSource({"--print=x", "--pretty=loud"})
    void badOutputOptionsAreUsageErrorsBeforeAnyRequest(String option) {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get /first " + option)).isEqualTo(2);
        assertThat(shell.err()).startsWith("restsh: --p").doesNotContain("\n\n");
        assertThat(shell.context().session().history().size()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"get --help", "help get"})
    void helpIsLongOnlySinceDashHMeansHeaders(String line) {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line(line)).isZero();
        assertThat(shell.out()).contains("-h, --headers").contains("--help").contains("--pretty=STYLE");
    }
}
