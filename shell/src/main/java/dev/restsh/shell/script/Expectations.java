package dev.restsh.shell.script;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.Console;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.inspect.Evaluator;
import dev.restsh.shell.inspect.JqRunner;
import dev.restsh.shell.inspect.SessionScope;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.render.ValueRenderer;
import dev.restsh.shell.session.Session;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks the three kinds of expectation against the session's latest response: an inspection expression that
 * must be true, a status pattern ({@code 2xx}, {@code 201}, {@code 200|204}), a jq filter that must yield true.
 * A failed check explains itself: the values it saw.
 */
public final class Expectations {
    /** The outcome; {@code actual} lists what was seen, one {@code name → value} per line. */
    public record Check(boolean passed, String actual) {}

    private static final Pattern STATUS = Pattern.compile("[1-5][0-9x]{2}([|,][1-5][0-9x]{2})*");
    private static final int VALUE_CHARS = 300;
    private static final Pattern LITERAL =
            Pattern.compile("-?[0-9][0-9.]*|'[^'\\\\]*'|\"[^\"\\\\]*\"|True|False|None|true|false|null");

    private final Session session;
    private final ValueRenderer plain = new ValueRenderer(
            new Console(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), false, false));

    public Expectations(Session session) {
        this.session = session;
    }

    public static boolean isStatusPattern(String text) {
        return STATUS.matcher(text.strip().toLowerCase(java.util.Locale.ROOT)).matches();
    }

    public Check expression(String source) {
        Evaluator evaluator = new Evaluator(new SessionScope(session));
        Object value = evaluator.evaluate(source);
        if (Evaluator.isTrue(value)) {
            return new Check(true, "");
        }
        ComparisonSplitter.Comparison comparison = ComparisonSplitter.split(source);
        if (comparison == null) {
            return new Check(false, "  " + source.strip() + " → " + show(value) + "\n");
        }
        return new Check(false, side(evaluator, comparison.left()) + side(evaluator, comparison.right()));
    }

    /** Literals show themselves; only computed sides are worth a line. */
    private static boolean isLiteral(String source) {
        return LITERAL.matcher(source.strip()).matches();
    }

    public Check status(String pattern) {
        int status = latestStatus();
        String text = String.valueOf(status);
        for (String alternative :
                pattern.strip().toLowerCase(java.util.Locale.ROOT).split("[|,]")) {
            if (alternative.length() == 3 && matches(alternative, text)) {
                return new Check(true, "");
            }
        }
        return new Check(false, "  status → " + status + " (expected " + pattern.strip() + ")\n");
    }

    public Check jq(String filter) {
        Object json = new Evaluator(new SessionScope(session)).evaluate("response.json()");
        JsonNode input = json instanceof JsonNode node ? node : Json.mapper().valueToTree(json);
        List<JsonNode> results = JqRunner.run(filter, input, "response");
        boolean passed = !results.isEmpty() && results.stream().allMatch(node -> node.isBoolean() && node.asBoolean());
        return new Check(passed, passed ? "" : "  jq " + filter + " → " + cut(results.toString()) + "\n");
    }

    private int latestStatus() {
        return session.history()
                .latest()
                .orElseThrow(() -> RestshException.usage("no response yet: send a request first"))
                .response()
                .status();
    }

    private static boolean matches(String pattern, String status) {
        for (int i = 0; i < 3; i++) {
            if (pattern.charAt(i) != 'x' && pattern.charAt(i) != status.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private String side(Evaluator evaluator, String source) {
        if (isLiteral(source)) {
            return "";
        }
        String shown;
        try {
            shown = show(evaluator.evaluate(source));
        } catch (RestshException e) {
            shown = "(error: " + e.getMessage() + ")";
        }
        return "  " + source + " → " + shown + "\n";
    }

    private String show(Object value) {
        String text = value instanceof String string
                ? "'" + string + "'"
                : plain.format(value).strip();
        return cut(text.replaceAll("\\s*\n\\s*", " "));
    }

    private static String cut(String text) {
        return text.length() <= VALUE_CHARS ? text : text.substring(0, VALUE_CHARS) + " ...";
    }
}
