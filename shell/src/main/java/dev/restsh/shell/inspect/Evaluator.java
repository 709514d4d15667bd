package dev.restsh.shell.inspect;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Evaluates parsed expressions against a scope. Nothing it can call has a side effect. */
public final class Evaluator {
    private static final Set<String> BUILTINS = Set.of("dir", "type", "len", "str");

    private final Scope scope;

    public Evaluator(Scope scope) {
        this.scope = scope;
    }

    /** Parses and evaluates; errors carry the position in {@code source}. */
    public Object evaluate(String source) {
        return evaluate(Parser.parse(source));
    }

    public Object evaluate(Node node) {
        try {
            return dispatch(node);
        } catch (ExpressionException e) {
            // Values raise errors without a position; the innermost node that sees one points at it.
            throw e.position() < 0 ? new ExpressionException(e.getMessage(), node.position()) : e;
        }
    }

    private Object dispatch(Node node) {
        if (node instanceof Node.Literal literal) {
            return literal.value();
        }
        if (node instanceof Node.Name name) {
            return name(name);
        }
        if (node instanceof Node.Attribute attribute) {
            return Values.of(evaluate(attribute.target())).attribute(attribute.name());
        }
        if (node instanceof Node.Call call) {
            return call(call);
        }
        if (node instanceof Node.Index index) {
            Object target = evaluate(index.target());
            return Values.of(target).getItem(evaluate(index.index()));
        }
        if (node instanceof Node.Slice slice) {
            Object from = slice.from() == null ? null : evaluate(slice.from());
            Object to = slice.to() == null ? null : evaluate(slice.to());
            return Values.of(evaluate(slice.target())).getItem(new Slice(from, to));
        }
        if (node instanceof Node.Not not) {
            return !Values.truthy(evaluate(not.operand()));
        }
        if (node instanceof Node.Logical logical) {
            Object left = evaluate(logical.left());
            boolean decided = logical.operator().equals("and") ? !Values.truthy(left) : Values.truthy(left);
            return decided ? left : evaluate(logical.right());
        }
        return compare((Node.Compare) node);
    }

    private Object name(Node.Name name) {
        switch (name.name()) {
            case "True", "true":
                return Boolean.TRUE;
            case "False", "false":
                return Boolean.FALSE;
            case "None", "null":
                return null;
            default:
                break;
        }
        if (BUILTINS.contains(name.name())) {
            return new BoundMethod("builtins", name.name(), 1, args -> builtin(name.name(), args.get(0), name));
        }
        return scope.lookup(name.name()).orElseThrow(() -> {
            List<String> known = new ArrayList<>(scope.names());
            known.addAll(BUILTINS);
            return new ExpressionException(
                    "name '" + name.name() + "' is not defined" + Suggestions.hint(name.name(), known),
                    name.position());
        });
    }

    private Object builtin(String function, Object argument, Node.Name at) {
        try {
            return builtin(function, argument);
        } catch (ExpressionException e) {
            throw e.position() < 0 ? new ExpressionException(e.getMessage(), at.position()) : e;
        }
    }

    private static Object builtin(String function, Object argument) {
        return switch (function) {
            case "dir" -> Values.dir(argument);
            case "type" -> "<class '" + Values.typeName(argument) + "'>";
            case "len" -> Values.of(argument).len();
            default -> String.valueOf(Values.plain(argument));
        };
    }

    private Object call(Node.Call call) {
        Object target = evaluate(call.target());
        if (!(target instanceof BoundMethod method)) {
            throw new ExpressionException("'" + Values.typeName(target) + "' object is not callable", call.position());
        }
        List<Object> arguments = new ArrayList<>();
        for (Node argument : call.arguments()) {
            arguments.add(evaluate(argument));
        }
        return method.call(arguments, call.position());
    }

    private Object compare(Node.Compare compare) {
        Object left = evaluate(compare.left());
        Object right = evaluate(compare.right());
        return switch (compare.operator()) {
            case "==" -> Values.equal(left, right);
            case "!=" -> !Values.equal(left, right);
            case "<" -> Values.compare(left, right) < 0;
            case "<=" -> Values.compare(left, right) <= 0;
            case ">" -> Values.compare(left, right) > 0;
            case ">=" -> Values.compare(left, right) >= 0;
            case "in" -> Values.of(right).contains(left);
            default -> !Values.of(right).contains(left);
        };
    }

    /** True when the value counts as true in a condition (Python's truthiness). */
    public static boolean isTrue(Object value) {
        return Values.truthy(value);
    }

    public static String typeOf(Object value) {
        return Values.typeName(value);
    }
}
