package dev.restsh.shell.inspect;

import java.util.List;

/** The syntax tree of an inspection expression; every node remembers where it starts for error messages. */
sealed interface Node {
    int position();

    record Name(String name, int position) implements Node {}

    record Literal(Object value, int position) implements Node {}

    record Attribute(Node target, String name, int position) implements Node {}

    /** A call; {@code keywords} are {@code name=value} arguments, in order. */
    record Call(Node target, List<Node> arguments, List<Keyword> keywords, int position) implements Node {}

    record Keyword(String name, Node value) {}

    record Index(Node target, Node index, int position) implements Node {}

    record Slice(Node target, Node from, Node to, Node step, int position) implements Node {}

    /** {@code -x}, {@code +x}, {@code not x}. */
    record Unary(String operator, Node operand, int position) implements Node {}

    /** {@code + - * / // % **}. */
    record Binary(String operator, Node left, Node right, int position) implements Node {}

    record Logical(String operator, Node left, Node right, int position) implements Node {}

    /** {@code a < b <= c}: operators.size() == operands.size() - 1, evaluated as Python chains them. */
    record Compare(List<String> operators, List<Node> operands, List<Integer> positions, int position)
            implements Node {}

    record Conditional(Node condition, Node then, Node otherwise, int position) implements Node {}

    /** A list, tuple or set display: {@code [a, b]}, {@code (a, b)}, {@code {a, b}}. */
    record Display(String kind, List<Node> items, int position) implements Node {}

    record DictDisplay(List<Node> keys, List<Node> values, int position) implements Node {}

    /**
     * A comprehension: {@code kind} is list, set, dict or generator; {@code key} is only set for dicts; every
     * {@code for} clause binds its targets and is followed by its {@code if} conditions.
     */
    record Comprehension(String kind, Node key, Node element, List<Clause> clauses, int position) implements Node {}

    record Clause(List<String> targets, Node iterable, List<Node> conditions) {}

    /** An f-string: literal text and fields. */
    record FString(FormatString value, int position) implements Node {}

    record Lambda(List<String> parameters, Node body, int position) implements Node {}
}
