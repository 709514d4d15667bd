package dev.restsh.shell.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.restsh.shell.RestshException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptReaderTest {
    @Test
    void commentsAndBlankLinesAreSkippedAndLineNumbersKept() {
        List<ScriptLine> lines = ScriptReader.read("s", "# intro\n\nget /a\n  # indented comment\nexpect status 200\n");
        assertThat(lines).containsExactly(new ScriptLine(3, "get /a"), new ScriptLine(5, "expect status 200"));
    }

    @Test
    void trailingBackslashJoinsLines() {
        List<ScriptLine> lines = ScriptReader.read("s", "post /ips \\\n    ip=1.2.3.4 \\\n    label=x\nget /b\n");
        assertThat(lines)
                .containsExactly(
                        new ScriptLine(1, "post /ips      ip=1.2.3.4      label=x"), new ScriptLine(4, "get /b"));
    }

    @Test
    void aBackslashInsideQuotesOrEscapedDoesNotJoin() {
        assertThat(ScriptReader.read("s", "get /x re==\\\\\nget /y\n")).hasSize(2);
        assertThat(ScriptReader.read("s", "print 'a\\\nb'\n")).containsExactly(new ScriptLine(1, "print 'a\\\nb'"));
    }

    @Test
    void unclosedBracketsAndQuotesContinueTheCommand() {
        String text =
                "post /ips meta:='{\n  \"a\": [1,\n 2]\n}'\nexpect response.json()['meta'] == {\n}\nprint \"it's fine\"\n";
        List<ScriptLine> lines = ScriptReader.read("s", text);
        assertThat(lines).extracting(ScriptLine::number).containsExactly(1, 5, 7);
        assertThat(lines.get(0).text()).isEqualTo("post /ips meta:='{\n  \"a\": [1,\n 2]\n}'");
        assertThat(lines.get(2).text()).isEqualTo("print \"it's fine\"");
    }

    @Test
    void anApostropheInsideAWordIsNotAQuote() {
        assertThat(ScriptReader.read("s", "print don't\nget /x\n")).hasSize(2);
    }

    @Test
    void somethingLeftOpenAtTheEndIsAnErrorNamingTheLine() {
        assertThatThrownBy(() -> ScriptReader.read("body.restsh", "get /a\npost /b x:='[1,\n2\n"))
                .isInstanceOf(RestshException.class)
                .hasMessage("body.restsh:2: unclosed quote ' at the end of the file");
        assertThatThrownBy(() -> ScriptReader.read("body.restsh", "post /b {\n  \"a\": [1\n"))
                .hasMessage("body.restsh:1: unclosed '[' at the end of the file");
        assertThatThrownBy(() -> ScriptReader.read("s", "get /a\nget /b \\"))
                .hasMessage("s:2: the last line ends in a backslash: the command continues past the end of the file");
    }
}
