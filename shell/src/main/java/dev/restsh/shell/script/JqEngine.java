package dev.restsh.shell.script;

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
 * Runs a jq filter for {@code expect jq}. A stand-in with the same shape as the inspection package's jq runner
 * (issue 5), which can replace it once merged: {@code List<JsonNode> run(String filter, JsonNode input)}.
 */
public interface JqEngine {
    List<JsonNode> run(String filter, JsonNode input);

    /** jackson-jq with jq 1.6's built-in functions, loaded on first use. */
    static JqEngine jacksonJq() {
        return (filter, input) -> {
            try {
                JsonQuery query = JsonQuery.compile(filter, Versions.JQ_1_6);
                List<JsonNode> out = new ArrayList<>();
                query.apply(Scope.newChildScope(Builtins.ROOT), input, out::add);
                return out;
            } catch (JsonQueryException e) {
                throw RestshException.usage("jq: " + e.getMessage());
            }
        };
    }

    /** The root scope with jq's built-in functions (costly to load, so once). */
    final class Builtins {
        static final Scope ROOT = load();

        private Builtins() {}

        private static Scope load() {
            Scope root = Scope.newEmptyScope();
            BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_6, root);
            return root;
        }
    }
}
