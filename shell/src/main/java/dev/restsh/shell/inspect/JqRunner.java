package dev.restsh.shell.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.RestshException;
import java.util.ArrayList;
import java.util.List;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/**
 * Runs real jq filters (jq 1.6 semantics) through jackson-jq: the {@code jq} command, and {@code let x = jq ...}
 * and {@code expect jq ...} build on {@link #run}. Errors read as jq's do: {@code jq: error: ...}.
 */
public final class JqRunner {
    private JqRunner() {}

    /** Every output of the filter on this input, in order. */
    public static List<JsonNode> run(String filter, JsonNode input) {
        return run(filter, input, "<stdin>");
    }

    /** As {@link #run(String, JsonNode)}, naming the input in runtime errors ({@code (at _2)}). */
    public static List<JsonNode> run(String filter, JsonNode input, String inputName) {
        JsonQuery query = compile(filter);
        List<JsonNode> results = new ArrayList<>();
        try {
            query.apply(Scope.newChildScope(RootScope.SCOPE), input, results::add);
        } catch (JsonQueryException e) {
            throw RestshException.usage("jq: error (at " + inputName + "): " + message(e));
        } catch (RuntimeException e) {
            throw RestshException.usage("jq: error (at " + inputName + "): " + e.getMessage());
        }
        return results;
    }

    /** Compiles a filter; a syntax error is reported as jq reports a compile error. */
    public static JsonQuery compile(String filter) {
        try {
            return JsonQuery.compile(filter, Versions.JQ_1_6);
        } catch (JsonQueryException e) {
            String detail = e.getCause() == null || e.getCause().getMessage() == null
                    ? ""
                    : ": " + firstLine(e.getCause().getMessage());
            throw RestshException.usage("jq: error: " + firstLine(message(e)) + detail + " (jq: 1 compile error)");
        }
    }

    private static String message(JsonQueryException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return (newline < 0 ? text : text.substring(0, newline)).strip();
    }

    /** The builtins of jq 1.6, loaded once (it takes a moment) on first use. */
    private static final class RootScope {
        static final Scope SCOPE = load();

        private static Scope load() {
            Scope scope = Scope.newEmptyScope();
            BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, scope);
            return scope;
        }
    }
}
