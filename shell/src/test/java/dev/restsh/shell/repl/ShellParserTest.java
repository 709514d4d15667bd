package dev.restsh.shell.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jline.reader.EOFError;
import org.jline.reader.Parser;
import org.junit.jupiter.api.Test;

/** An unclosed bracket or quote asks for another line; a complete line is split into words. */
class ShellParserTest {
    private final ShellParser parser = new ShellParser(word -> true);

    private void accepts(String line) {
        assertThat(parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE)
                        .line())
                .isEqualTo(line);
    }

    private void continues(String line) {
        assertThatThrownBy(() -> parser.parse(line, line.length(), Parser.ParseContext.ACCEPT_LINE))
                .isInstanceOf(EOFError.class);
    }

    @Test
    void unclosedBracketsAndQuotesContinueOnTheNextLine() {
        continues("post /ips data:='{");
        continues("post /ips tags:=[1,");
        continues("post /ips data:={\"a\": [1, 2]");
        continues("post /ips label=\"two words");
        accepts("post /ips data:='{\n  \"ip\": \"1.2.3.4\"\n}'");
        accepts("post /ips tags:='[1,\n2]'");
        accepts("response.json()['results'][1]['ip']");
        accepts("response.status_code != 200");
    }

    @Test
    void aTrailingBackslashOutsideQuotesAsksForTheNextLine() {
        continues("curl -X POST http://127.0.0.1/x \\");
        continues("curl -X POST http://127.0.0.1/x \\\n-H 'X-B: 2' \\");
        accepts("curl -X POST http://127.0.0.1/x \\\n-H 'X-B: 2' \\\n--data-raw 'hello'");
        accepts("get /x re==\\\\");
    }

    @Test
    void wordsAreSplitLikeAShellKeepingBackslashes() {
        var line = parser.parse("get /x q=='a b' re==\\d+", 23, Parser.ParseContext.ACCEPT_LINE);
        assertThat(line.words()).containsExactly("get", "/x", "q=='a b'", "re==\\d+");
    }

    @Test
    void completingInsideAnExpressionYieldsTheKeyFragment() {
        String text = "response.json()['res";
        var line = parser.parse(text, text.length(), Parser.ParseContext.COMPLETE);
        assertThat(line).isInstanceOf(FragmentLine.class);
        assertThat(line.word()).isEqualTo("res");
    }
}
