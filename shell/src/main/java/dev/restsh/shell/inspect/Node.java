package dev.restsh.shell.inspect;

import java.util.List;

/** The syntax tree of an inspection expression; every node remembers where it starts for error messages. */
sealed interface Node {
    int position();

    record Name(String name, int position) implements Node {}

    record Literal(Object value, int position) implements Node {}

    record Attribute(Node target, String name, int position) implements Node {}

    record Call(Node target, List<Node> arguments, int position) implements Node {}

    record Index(Node target, Node index, int position) implements Node {}

    record Slice(Node target, Node from, Node to, int position) implements Node {}

    record Not(Node operand, int position) implements Node {}

    record Logical(String operator, Node left, Node right, int position) implements Node {}

    record Compare(String operator, Node left, Node right, int position) implements Node {}
}
