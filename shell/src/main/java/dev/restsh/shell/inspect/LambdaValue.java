package dev.restsh.shell.inspect;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@code lambda x: x['ip']}: evaluated in the scope it was written in, with its parameters bound. */
record LambdaValue(List<String> parameters, Node body, Scope scope) implements PyCallable {
    @Override
    public Object call(List<Object> arguments, Map<String, Object> keywords) {
        if (!keywords.isEmpty() || arguments.size() != parameters.size()) {
            throw new ExpressionException(
                    "TypeError: <lambda>() takes " + parameters.size() + " positional argument"
                            + (parameters.size() == 1 ? "" : "s") + " but " + arguments.size()
                            + (arguments.size() == 1 ? " was" : " were") + " given",
                    -1);
        }
        Map<String, Object> names = new HashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            names.put(parameters.get(i), arguments.get(i));
        }
        return new Evaluator(new LocalScope(names, scope)).evaluate(body);
    }

    @Override
    public String toString() {
        return "<function <lambda>>";
    }
}
