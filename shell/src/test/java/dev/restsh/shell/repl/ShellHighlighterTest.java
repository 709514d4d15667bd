package dev.restsh.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.restsh.shell.ShellHarness;
import dev.restsh.shell.command.LineRunner;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.junit.jupiter.api.Test;

/** The styles the highlighter gives each part of a line. */
class ShellHighlighterTest {
    private final ShellHarness shell = new ShellHarness("http://127.0.0.1:9");
    private final ShellHighlighter highlighter =
            new ShellHighlighter(shell.root(), new LineRunner(shell.root(), shell.context()));

    private AttributedStyle styleOf(String line, String part) {
        AttributedString highlighted = highlighter.highlight(null, line);
        assertThat(highlighted.toString()).isEqualTo(line);
        int at = line.indexOf(part);
        assertThat(at).as("'%s' in '%s'", part, line).isNotNegative();
        AttributedStyle style = highlighted.styleAt(at);
        for (int i = at; i < at + part.length(); i++) {
            assertThat(highlighted.styleAt(i))
                    .as("style of '%s' at %d", part, i)
                    .isEqualTo(style);
        }
        return style;
    }

    @Test
    void requestLinesShowMethodUrlAndItemsByKind() {
        String line = "post /ips Accept:application/json limit==5 name=router port:=8080 --timeout 3";
        assertThat(styleOf(line, "post")).isEqualTo(ShellHighlighter.METHOD);
        assertThat(styleOf(line, "/ips")).isEqualTo(ShellHighlighter.URL);
        assertThat(styleOf(line, "Accept:")).isEqualTo(ShellHighlighter.HEADER.bold());
        assertThat(styleOf(line, "application/json")).isEqualTo(ShellHighlighter.HEADER);
        assertThat(styleOf(line, "limit==")).isEqualTo(ShellHighlighter.QUERY.bold());
        assertThat(styleOf(line, "name=")).isEqualTo(ShellHighlighter.DATA.bold());
        assertThat(styleOf(line, "port:=")).isEqualTo(ShellHighlighter.JSON.bold());
        assertThat(styleOf(line, "--timeout")).isEqualTo(ShellHighlighter.OPTION);
        assertThat(styleOf("post /ips @body.json", "@body.json")).isEqualTo(ShellHighlighter.FILE);
    }

    @Test
    void variablesStandOutWherever() {
        String line = "get /users/{{id}} Authorization:{{token}}";
        assertThat(styleOf(line, "{{id}}")).isEqualTo(ShellHighlighter.VARIABLE);
        assertThat(styleOf(line, "{{token}}")).isEqualTo(ShellHighlighter.VARIABLE);
    }

    @Test
    void unknownCommandsAreErrorsBeforeEnter() {
        assertThat(styleOf("gte /ips", "gte")).isEqualTo(ShellHighlighter.UNKNOWN);
        assertThat(styleOf("respons", "respons")).isEqualTo(ShellHighlighter.UNKNOWN);
        assertThat(styleOf("history", "history")).isEqualTo(ShellHighlighter.COMMAND);
        assertThat(styleOf("response", "response")).isEqualTo(AttributedStyle.DEFAULT);
        shell.context().session().variables().put("ip", "1.2.3.4");
        assertThat(styleOf("ip", "ip")).isEqualTo(AttributedStyle.DEFAULT);
    }

    @Test
    void expressionsShowStringsAndNumbers() {
        String line = "response.json()['results'][1]['ip'] != \"x\"";
        assertThat(styleOf(line, "'results'")).isEqualTo(ShellHighlighter.STRING);
        assertThat(styleOf(line, "1")).isEqualTo(ShellHighlighter.NUMBER);
        assertThat(styleOf(line, "\"x\"")).isEqualTo(ShellHighlighter.STRING);
        assertThat(styleOf("print _1.status_code == 200", "200")).isEqualTo(ShellHighlighter.NUMBER);
        assertThat(styleOf("print _1.status_code == 200", "print")).isEqualTo(ShellHighlighter.COMMAND);
    }
}
