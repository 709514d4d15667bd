package dev.restsh.shell.inspect;

import java.util.List;
import java.util.function.Function;

/** A side-effect-free method of an inspection value, called with evaluated arguments. */
public record BoundMethod(String owner, String name, int arity, Function<List<Object>, Object> body) {
    public static BoundMethod of(String owner, String name, java.util.function.Supplier<Object> body) {
        return new BoundMethod(owner, name, 0, arguments -> body.get());
    }

    public Object call(List<Object> arguments, int position) {
        if (arity >= 0 && arguments.size() != arity) {
            throw new ExpressionException(
                    name + "() takes " + arity + " argument" + (arity == 1 ? "" : "s") + ", got " + arguments.size(),
                    position);
        }
        return body.apply(arguments);
    }

    @Override
    public String toString() {
        return "<bound method " + owner + "." + name + ">";
    }
}
