package dev.restsh.shell.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A body of deeply nested brackets: output in proportion to the input, and parsing it is an error, not a crash. */
class DeepNestingTest {
    private static final int DEPTH = 100_000;
    private static final String BODY = "[".repeat(DEPTH) + "]".repeat(DEPTH);
    /** Deeper than the indented levels, shallower than the parser's limit: a value expressions and jq can hold. */
    private static final int PARSED_DEPTH = 900;

    private static String parsedDeep(String inner) {
        return "[".repeat(PARSED_DEPTH) + inner + "]".repeat(PARSED_DEPTH);
    }

    /** An OpenAPI document whose schema is recursive: validating a deep body walks it as deep. */
    private static final String DOCUMENT = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"deep\",\"version\":\"1\"},"
            + "\"paths\":{\"/deep\":" + operation() + ",\"/parsed-deep\":" + operation() + "},"
            + "\"components\":{\"schemas\":{\"Nested\":{\"type\":\"array\","
            + "\"items\":{\"oneOf\":[{\"$ref\":\"#/components/schemas/Nested\"},{\"type\":\"integer\"}]}}}}}";

    private static String operation() {
        return "{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":"
                + "{\"schema\":{\"$ref\":\"#/components/schemas/Nested\"}}}}}}}";
    }

    @AutoClose
    static final HostileServer server = new HostileServer()
            .reply("/deep", TerminalSafetyTest.reply("200 OK", "application/json", BODY.getBytes()))
            .reply(
                    "/large-deep",
                    TerminalSafetyTest.reply(
                            "200 OK",
                            "application/json",
                            ("{\"a\":" + BODY + ",\"pad\":\"" + "x".repeat(1 << 20) + "\"}").getBytes()))
            .reply(
                    "/parsed-deep",
                    TerminalSafetyTest.reply(
                            "200 OK", "application/json", parsedDeep("1,2").getBytes()))
            .reply(
                    "/parsed-deep-2",
                    TerminalSafetyTest.reply(
                            "200 OK", "application/json", parsedDeep("1,3").getBytes()))
            .reply(
                    "/events",
                    "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n\r\n"
                            + ("data: " + parsedDeep("1,2") + "\n\n").repeat(2))
            .reply("/q/openapi", TerminalSafetyTest.reply("200 OK", "application/json", DOCUMENT.getBytes()));

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
        for (String line : new String[] {"response.json()", "jq '.[0]'", "validate"}) {
            shell.clear();
            assertThat(shell.line(line)).as(line).isNotZero();
            assertThat(shell.err())
                    .as(line)
                    .startsWith("restsh: ")
                    .contains("nest")
                    .doesNotContain("StackOverflow")
                    .doesNotContain("Exception");
            assertThat(shell.err().strip().lines()).as(line).hasSize(1);
        }
    }

    /** A value the parser takes but the printers must not indent in full: each says so once on stderr. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "response.json()",
                "print response.json()",
                "pp response.json()",
                "jq .",
                "jq '.,.'",
                "let deep = response.json()",
            })
    void aValueNestedPastTheLimitIsShownCompactPastItAndSaidOnce(String line) {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get -b /parsed-deep")).isZero();
        shell.clear();
        assertThat(shell.line(line)).as(shell::err).isZero();
        if (line.startsWith("let")) { // nothing printed, nothing to say
            assertThat(shell.err()).isEmpty();
            return;
        }
        assertThat(shell.err()).containsOnlyOnce("nests deeper than 40 levels: deeper levels are shown compact");
        // in full, the indentation alone would be about PARSED_DEPTH^2 spaces
        assertThat(shell.out().length()).as(line).isLessThan(line.contains(",") ? 20_000 : 10_000);
        assertThat(shell.out()).contains("1,").contains("2");
    }

    @Test
    void aValueWithinTheLimitIsIndentedInFullWithoutANote() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get -b /parsed-deep")).isZero();
        shell.clear();
        // what is left nests 40 levels deep, the last indented one (and the two numbers inside)
        assertThat(shell.line("response.json()" + "[0]".repeat(PARSED_DEPTH - 40)))
                .isZero();
        assertThat(shell.err()).isEmpty();
    }

    @Test
    void aStreamSaysOnceThatItsEventsAreShownCompactPastTheLimit() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.oneShot("get", "-b", "/events")).isZero();
        assertThat(shell.out().split("1,", -1)).hasSize(3); // both events
        assertThat(shell.err())
                .containsOnlyOnce("an event nests deeper than 40 levels: deeper levels are shown compact");
    }

    @Test
    void diffComparesToTheLimitAndSaysSoOnce() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get -b /parsed-deep")).isZero();
        assertThat(shell.line("get -b /parsed-deep-2")).isZero();
        shell.clear();
        assertThat(shell.line("diff _1 _2")).isZero();
        assertThat(shell.out().lines()).hasSize(1);
        assertThat(shell.out()).startsWith("~ " + "[0]".repeat(40) + ": ");
        assertThat(shell.err())
                .containsOnlyOnce("the bodies nest deeper than 40 levels: a difference deeper down is shown as a"
                        + " change of the value at that level");
    }

    /** The schema validator recurses per level, through a recursive schema too: it has the stack to do so. */
    @Test
    void aValueNestedPastTheLimitIsValidatedAgainstARecursiveSchema() {
        ShellHarness shell = new ShellHarness(server.base());
        assertThat(shell.line("get -b /parsed-deep")).isZero();
        shell.clear();
        assertThat(shell.line("validate")).as(shell::err).isZero();
        assertThat(shell.out()).isEqualTo("valid: _1 GET /parsed-deep 200 against GET /parsed-deep\n");
    }
}
