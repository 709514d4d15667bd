package dev.restsh.shell.inspect;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A side-effect-free method of an inspection value (or a builtin function), called with evaluated arguments: between
 * {@code min} and {@code max} positional ones ({@code max < 0}: any number) and keyword ones when {@code keywords}.
 */
public record BoundMethod(String owner, String name, int min, int max, boolean keywords, Body body)
        implements PyCallable {
    /** What a call runs. */
    public interface Body {
        Object apply(List<Object> arguments, Map<String, Object> keywords);
    }

    public BoundMethod(String owner, String name, int arity, Function<List<Object>, Object> body) {
        this(owner, name, arity, arity, false, (arguments, keywords) -> body.apply(arguments));
    }

    public static BoundMethod of(String owner, String name, Supplier<Object> body) {
        return new BoundMethod(owner, name, 0, arguments -> body.get());
    }

    static BoundMethod between(String owner, String name, int min, int max, Function<List<Object>, Object> body) {
        return new BoundMethod(owner, name, min, max, false, (arguments, keywords) -> body.apply(arguments));
    }

    @Override
    public Object call(List<Object> arguments, Map<String, Object> keywordArguments) {
        if (!keywords && !keywordArguments.isEmpty()) {
            throw new ExpressionException("TypeError: " + name + "() takes no keyword arguments", -1);
        }
        int given = arguments.size();
        if (given < min || max >= 0 && given > max) {
            String expected = min == max
                    ? (min == 0 ? "no arguments" : min + " argument" + (min == 1 ? "" : "s"))
                    : given < min
                            ? "at least " + min + " argument" + (min == 1 ? "" : "s")
                            : "at most " + max + " arguments";
            throw new ExpressionException("TypeError: " + name + "() takes " + expected + " (" + given + " given)", -1);
        }
        return body.apply(arguments, keywordArguments);
    }

    @Override
    public String toString() {
        return owner.equals("builtins")
                ? "<built-in function " + name + ">"
                : "<bound method " + owner + "." + name + ">";
    }
}
