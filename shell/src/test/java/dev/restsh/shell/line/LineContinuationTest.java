package dev.restsh.shell.line;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one rule for commands over several lines: a trailing backslash outside quotes, unclosed brackets. */
class LineContinuationTest {
    @Test
    void anUnquotedUnescapedTrailingBackslashContinues() {
        assertThat(LineContinuation.endsInBackslash("curl -X POST http://x/ \\"))
                .isTrue();
        assertThat(LineContinuation.endsInBackslash("get /x re==\\\\")).isFalse(); // an escaped backslash
        assertThat(LineContinuation.endsInBackslash("get /x re==\\\\\\")).isTrue();
        assertThat(LineContinuation.endsInBackslash("print 'a \\")).isFalse(); // inside quotes: data
        assertThat(LineContinuation.endsInBackslash("get /x\\d")).isFalse();
        assertThat(LineContinuation.open("post /x \\")).isEqualTo(LineContinuation.BACKSLASH);
        assertThat(LineContinuation.open("post /x a:='[1,")).isEqualTo("quote '");
        assertThat(LineContinuation.open("post /x a:=[1,")).isEqualTo("'['");
        assertThat(LineContinuation.open("post /x a=1")).isNull();
        assertThat(LineContinuation.open("curl --data-raw $'O\\'Brien' h")).isNull();
        assertThat(LineContinuation.open("curl --data-raw $'O\\'Brien")).isEqualTo("quote '");
    }

    @Test
    void joiningTurnsEachBackslashNewlineOutsideQuotesIntoASpace() {
        assertThat(LineContinuation.join("curl -X POST http://x/ \\\n-H 'X-B: 2' \\\r\n  --data-raw 'hello'"))
                .isEqualTo("curl -X POST http://x/  -H 'X-B: 2'    --data-raw 'hello'");
        String json = "post /x a:='{\"s\": \"a\\\n b\"}'";
        assertThat(LineContinuation.join(json)).isEqualTo(json);
        assertThat(LineContinuation.join("get /x re==\\d+")).isEqualTo("get /x re==\\d+");
    }

    @Test
    void aJoinerGathersLinesIntoCommandsSkippingCommentsBetweenThem() {
        LineJoiner joiner = new LineJoiner();
        assertThat(joiner.add("# a comment")).isNull();
        assertThat(joiner.add("post /x \\")).isNull();
        assertThat(joiner.pending()).isTrue();
        assertThat(joiner.add("  a=1 \\")).isNull();
        assertThat(joiner.unclosed()).isEqualTo(LineContinuation.BACKSLASH);
        assertThat(joiner.add("b=2")).isEqualTo("post /x    a=1  b=2");
        assertThat(joiner.pending()).isFalse();
        assertThat(joiner.add("post /x a:='{")).isNull();
        assertThat(joiner.add("}'")).isEqualTo("post /x a:='{\n}'");
        assertThat(joiner.add("get /x \\")).isNull();
        assertThat(joiner.rest()).isEqualTo("get /x");
    }
}
