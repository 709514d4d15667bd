package dev.restsh.shell.inspect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Evaluates parsed expressions against a scope. Nothing it can call has a side effect. */
public final class Evaluator {
    private final Scope scope;

    public Evaluator(Scope scope) {
        this.scope = scope;
    }

    /** Parses and evaluates within the default {@link Budget}; errors carry the position in {@code source}. */
    public Object evaluate(String source) {
        return evaluate(source, Budget.DEFAULT);
    }

    Object evaluate(String source, Budget limits) {
        Budget outer = Budget.enter(limits.start());
        try {
            return evaluate(Parser.parse(source));
        } catch (StackOverflowError e) {
            throw new ExpressionException("RecursionError: the expression nests too deeply", -1);
        } finally {
            Budget.leave(outer);
        }
    }

    public Object evaluate(Node node) {
        Budget.current().step();
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
            Object target = evaluate(slice.target());
            return Values.of(target)
                    .getItem(new Slice(optional(slice.from()), optional(slice.to()), optional(slice.step())));
        }
        if (node instanceof Node.Unary unary) {
            return Operators.unary(unary.operator(), evaluate(unary.operand()));
        }
        if (node instanceof Node.Binary binary) {
            Object left = evaluate(binary.left());
            return Operators.binary(binary.operator(), left, evaluate(binary.right()));
        }
        if (node instanceof Node.Logical logical) {
            Object left = evaluate(logical.left());
            boolean decided = logical.operator().equals("and") ? !Values.truthy(left) : Values.truthy(left);
            return decided ? left : evaluate(logical.right());
        }
        if (node instanceof Node.Compare compare) {
            return compare(compare);
        }
        if (node instanceof Node.Conditional conditional) {
            return Values.truthy(evaluate(conditional.condition()))
                    ? evaluate(conditional.then())
                    : evaluate(conditional.otherwise());
        }
        if (node instanceof Node.Display display) {
            return display(display);
        }
        if (node instanceof Node.DictDisplay dict) {
            PyDict value = new PyDict();
            for (int i = 0; i < dict.keys().size(); i++) {
                Object key = evaluate(dict.keys().get(i));
                value.put(key, evaluate(dict.values().get(i)));
            }
            return value;
        }
        if (node instanceof Node.FString format) {
            return format.value().evaluate(this);
        }
        if (node instanceof Node.Lambda lambda) {
            return new LambdaValue(lambda.parameters(), lambda.body(), scope);
        }
        return Comprehensions.evaluate((Node.Comprehension) node, scope);
    }

    private Object optional(Node node) {
        return node == null ? null : evaluate(node);
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
        var value = scope.lookup(name.name());
        if (value.isPresent()) {
            return value.get() == LocalScope.NONE ? null : value.get();
        }
        if (Builtins.has(name.name())) {
            return Builtins.lookup(name.name());
        }
        List<String> known = new ArrayList<>(scope.names());
        known.addAll(Builtins.FUNCTIONS);
        known.addAll(Builtins.TYPES);
        throw new ExpressionException(
                "NameError: name '" + name.name() + "' is not defined" + Suggestions.hint(name.name(), known),
                name.position());
    }

    private Object call(Node.Call call) {
        Object target = evaluate(call.target());
        List<Object> arguments = new ArrayList<>();
        for (Node argument : call.arguments()) {
            arguments.add(evaluate(argument));
        }
        Map<String, Object> keywords = new LinkedHashMap<>();
        for (Node.Keyword keyword : call.keywords()) {
            keywords.put(keyword.name(), evaluate(keyword.value()));
        }
        return Builtins.callable(target).call(arguments, keywords);
    }

    private Object display(Node.Display display) {
        List<Object> items = new ArrayList<>(display.items().size());
        for (Node item : display.items()) {
            items.add(evaluate(item));
        }
        Budget.current().items(items.size());
        return switch (display.kind()) {
            case "list" -> items;
            case "tuple" -> new Tuple(items);
            default -> {
                SetValue set = new SetValue();
                items.forEach(set::add);
                yield set;
            }
        };
    }

    /** {@code a < b < c} is {@code a < b and b < c}, with b evaluated once, as in Python. */
    private Object compare(Node.Compare compare) {
        Object left = evaluate(compare.operands().get(0));
        for (int i = 0; i < compare.operators().size(); i++) {
            Object right = evaluate(compare.operands().get(i + 1));
            boolean holds;
            try {
                holds = holds(compare.operators().get(i), left, right);
            } catch (ExpressionException e) {
                throw e.position() < 0
                        ? new ExpressionException(
                                e.getMessage(), compare.positions().get(i))
                        : e;
            }
            if (!holds) {
                return false;
            }
            left = right;
        }
        return true;
    }

    private static boolean holds(String operator, Object left, Object right) {
        return switch (operator) {
            case "==" -> Values.equal(left, right);
            case "!=" -> !Values.equal(left, right);
            case "<" -> Values.compare(left, right, operator) < 0;
            case "<=" -> Values.compare(left, right, operator) <= 0;
            case ">" -> Values.compare(left, right, operator) > 0;
            case ">=" -> Values.compare(left, right, operator) >= 0;
            case "in" -> Values.of(right).contains(left);
            case "not in" -> !Values.of(right).contains(left);
            case "is" -> Operators.identical(left, right);
            default -> !Operators.identical(left, right);
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
