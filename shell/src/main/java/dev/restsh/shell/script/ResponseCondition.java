package dev.restsh.shell.script;

import dev.restsh.shell.Console;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.inspect.Evaluator;
import dev.restsh.shell.inspect.ExpressionException;
import dev.restsh.shell.inspect.Parser;
import dev.restsh.shell.inspect.ResponseScope;
import dev.restsh.shell.inspect.SessionScope;
import dev.restsh.shell.render.ValueRenderer;
import dev.restsh.shell.session.Session;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * An inspection expression asked of one response after another ({@code watch --until}, {@code break when}): parsed
 * once (a syntax error is the user's at once), then evaluated with {@code response} being the response in hand. An
 * evaluation error (a key the job's body does not have yet) means "not yet", shown as the error.
 */
public final class ResponseCondition {
    private static final int VALUE_CHARS = 120;

    /** What one response gave: whether the condition holds, and the value as a line shows it. */
    public record Outcome(boolean holds, String shown) {}

    private final String source;
    private final ValueRenderer plain = new ValueRenderer(
            new Console(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), false, false));

    public ResponseCondition(String source) {
        this.source = source.strip();
        try {
            Parser.parse(this.source); // the syntax is checked once, before the first send
        } catch (ExpressionException e) {
            throw new RestshException(e.status(), e.describe(this.source), e);
        }
    }

    public String source() {
        return source;
    }

    public Outcome test(Session session, Response response) {
        try {
            Object value = new Evaluator(new ResponseScope(new SessionScope(session), response)).evaluate(source);
            return new Outcome(Evaluator.isTrue(value), show(value));
        } catch (RestshException e) {
            return new Outcome(false, "(error: " + e.getMessage() + ")");
        }
    }

    private String show(Object value) {
        String text = value instanceof String string
                ? "'" + string + "'"
                : plain.format(value).strip().replaceAll("\\s*\n\\s*", " ");
        return text.length() <= VALUE_CHARS ? text : text.substring(0, VALUE_CHARS) + " ...";
    }
}
