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

/** Runs jq filters (jq 1.6 semantics) through jackson-jq; errors read as jq's do. */
public final class JqRunner {
    private JqRunner() {}

    /** Every output of the filter on this input, in order. */
    public static List<JsonNode> run(String filter, JsonNode input) {
        JsonQuery query;
        try {
            query = JsonQuery.compile(filter, Versions.JQ_1_6);
        } catch (JsonQueryException e) {
            throw RestshException.usage("jq: error: " + e.getMessage() + " (jq: 1 compile error)");
        }
        List<JsonNode> results = new ArrayList<>();
        try {
            query.apply(Scope.newChildScope(RootScope.SCOPE), input, results::add);
        } catch (JsonQueryException | RuntimeException e) {
            throw RestshException.usage("jq: error: " + e.getMessage());
        }
        return results;
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
