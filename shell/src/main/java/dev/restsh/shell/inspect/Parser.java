package dev.restsh.shell.inspect;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of the expression subset of Python 3 (grammar in docs/EXPRESSIONS.md), with Python's
 * precedence from {@code lambda} (lowest) to {@code **} and the postfix forms (highest).
 */
public final class Parser {
    private static final List<String> COMPARISONS = List.of("==", "!=", "<", "<=", ">", ">=");

    private final List<Token> tokens;
    private int index;

    private Parser(String source) {
        this.tokens = new Lexer(source).tokens();
    }

    private Parser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** An f-string field's expression, whose text starts at {@code offset} in the line (errors point there). */
    static Node parseAt(String source, int offset) {
        List<Token> tokens = new ArrayList<>();
        try {
            for (Token token : new Lexer(source).tokens()) {
                tokens.add(new Token(token.kind(), token.text(), token.value(), token.position() + offset));
            }
        } catch (ExpressionException e) {
            throw new ExpressionException(e.getMessage(), e.position() + offset);
        }
        Parser parser = new Parser(tokens);
        Node node = parser.expressionList();
        if (!parser.peek().is(Token.Kind.END)) {
            throw parser.syntax("f-string: unexpected '" + parser.peek().text() + "'");
        }
        return node;
    }

    public static Node parse(String source) {
        Parser parser = new Parser(source);
        Node node = parser.expressionList();
        Token rest = parser.peek();
        if (rest.isOperator("=")) {
            throw new ExpressionException(
                    "SyntaxError: use '==' to compare ('=' assigns only in 'let name = ...')", rest.position());
        }
        if (!rest.is(Token.Kind.END)) {
            throw new ExpressionException("SyntaxError: unexpected '" + rest.text() + "'", rest.position());
        }
        return node;
    }

    /** {@code a, b} at the top level is a tuple, as in Python. */
    private Node expressionList() {
        int at = peek().position();
        Node first = expression();
        if (!peek().isOperator(",")) {
            return first;
        }
        List<Node> items = new ArrayList<>(List.of(first));
        while (accept(",") && startsExpression()) {
            items.add(expression());
        }
        return new Node.Display("tuple", items, at);
    }

    private Node expression() {
        if (peek().isName("lambda")) {
            return lambda();
        }
        Node value = or();
        if (peek().isName("if")) {
            int at = advance().position();
            Node condition = or();
            if (!peek().isName("else")) {
                throw syntax("expected 'else' after 'if' expression");
            }
            advance();
            return new Node.Conditional(condition, value, expression(), at);
        }
        return value;
    }

    private Node lambda() {
        int at = advance().position();
        List<String> parameters = new ArrayList<>();
        while (!peek().isOperator(":")) {
            parameters.add(expectName("a parameter name").text());
            if (!accept(",")) {
                break;
            }
        }
        expect(":");
        return new Node.Lambda(parameters, expression(), at);
    }

    private Node or() {
        Node left = and();
        while (peek().isName("or")) {
            int at = advance().position();
            left = new Node.Logical("or", left, and(), at);
        }
        return left;
    }

    private Node and() {
        Node left = not();
        while (peek().isName("and")) {
            int at = advance().position();
            left = new Node.Logical("and", left, not(), at);
        }
        return left;
    }

    private Node not() {
        if (peek().isName("not")) {
            int at = advance().position();
            return new Node.Unary("not", not(), at);
        }
        return comparison();
    }

    private Node comparison() {
        int start = peek().position();
        Node first = arithmetic();
        List<String> operators = new ArrayList<>();
        List<Node> operands = new ArrayList<>(List.of(first));
        List<Integer> positions = new ArrayList<>();
        while (true) {
            Token next = peek();
            String operator = null;
            if (next.is(Token.Kind.OPERATOR) && COMPARISONS.contains(next.text())) {
                operator = next.text();
            } else if (next.isName("in")) {
                operator = "in";
            } else if (next.isName("not") && tokens.get(index + 1).isName("in")) {
                advance();
                operator = "not in";
            } else if (next.isName("is")) {
                if (tokens.get(index + 1).isName("not")) {
                    advance();
                    operator = "is not";
                } else {
                    operator = "is";
                }
            }
            if (operator == null) {
                break;
            }
            advance();
            operators.add(operator);
            positions.add(next.position());
            operands.add(arithmetic());
        }
        return operators.isEmpty() ? first : new Node.Compare(operators, operands, positions, start);
    }

    private Node arithmetic() {
        Node left = term();
        while (peek().isOperator("+") || peek().isOperator("-")) {
            Token operator = advance();
            left = new Node.Binary(operator.text(), left, term(), operator.position());
        }
        return left;
    }

    private Node term() {
        Node left = factor();
        while (peek().isOperator("*") || peek().isOperator("/") || peek().isOperator("//") || peek().isOperator("%")) {
            Token operator = advance();
            left = new Node.Binary(operator.text(), left, factor(), operator.position());
        }
        return left;
    }

    private Node factor() {
        if (peek().isOperator("-") || peek().isOperator("+")) {
            Token operator = advance();
            return new Node.Unary(operator.text(), factor(), operator.position());
        }
        Node base = postfix();
        if (peek().isOperator("**")) {
            Token operator = advance();
            return new Node.Binary("**", base, factor(), operator.position());
        }
        return base;
    }

    private Node postfix() {
        Node node = atom();
        while (true) {
            Token next = peek();
            if (next.isOperator(".")) {
                advance();
                Token name = expectName("an attribute name after '.'");
                node = new Node.Attribute(node, name.text(), name.position());
            } else if (next.isOperator("(")) {
                advance();
                node = call(node, next.position());
            } else if (next.isOperator("[")) {
                advance();
                node = subscript(node, next.position());
            } else {
                return node;
            }
        }
    }

    private Node call(Node target, int at) {
        List<Node> arguments = new ArrayList<>();
        List<Node.Keyword> keywords = new ArrayList<>();
        while (!peek().isOperator(")")) {
            if (peek().is(Token.Kind.NAME) && tokens.get(index + 1).isOperator("=")) {
                String name = advance().text();
                advance();
                keywords.add(new Node.Keyword(name, expression()));
            } else {
                if (!keywords.isEmpty()) {
                    throw syntax("positional argument follows keyword argument");
                }
                int start = peek().position();
                Node argument = expression();
                if (peek().isName("for")) {
                    argument = comprehension("generator", null, argument, start);
                }
                arguments.add(argument);
            }
            if (!accept(",")) {
                break;
            }
        }
        expect(")");
        return new Node.Call(target, arguments, keywords, at);
    }

    private Node subscript(Node target, int at) {
        Node from = peek().isOperator(":") ? null : expression();
        if (!accept(":")) {
            expect("]");
            return new Node.Index(target, from, at);
        }
        Node to = peek().isOperator(":") || peek().isOperator("]") ? null : expression();
        Node step = null;
        if (accept(":") && !peek().isOperator("]")) {
            step = expression();
        }
        expect("]");
        return new Node.Slice(target, from, to, step, at);
    }

    private Node atom() {
        Token token = advance();
        switch (token.kind()) {
            case NAME:
                return new Node.Name(token.text(), token.position());
            case NUMBER:
                return new Node.Literal(token.value(), token.position());
            case STRING:
                return strings(token);
            case END:
                throw new ExpressionException("SyntaxError: unexpected end of expression", token.position());
            default:
                break;
        }
        return switch (token.text()) {
            case "(" -> parenthesised(token.position());
            case "[" -> bracketed(token.position());
            case "{" -> braced(token.position());
            default ->
                throw new ExpressionException("SyntaxError: unexpected '" + token.text() + "'", token.position());
        };
    }

    /** Adjacent literals concatenate: {@code 'a' "b"} is {@code 'ab'}. */
    private Node strings(Token first) {
        Object value = first.value();
        while (peek().is(Token.Kind.STRING)) {
            Token next = advance();
            if (value instanceof FormatString format && !(next.value() instanceof byte[])) {
                value = format.concat(next.value());
            } else if (value instanceof String text && next.value() instanceof FormatString format) {
                value = new FormatString(List.of(text)).concat(format);
            } else if (value instanceof String text && next.value() instanceof String more) {
                value = text + more;
            } else if (value instanceof byte[] bytes && next.value() instanceof byte[] more) {
                value = Bytes.concat(bytes, more);
            } else {
                throw new ExpressionException("SyntaxError: cannot mix bytes and nonbytes literals", next.position());
            }
        }
        return value instanceof FormatString format
                ? new Node.FString(format, first.position())
                : new Node.Literal(value, first.position());
    }

    private Node parenthesised(int at) {
        if (accept(")")) {
            return new Node.Display("tuple", List.of(), at);
        }
        Node first = expression();
        if (peek().isName("for")) {
            Node generator = comprehension("generator", null, first, at);
            expect(")");
            return generator;
        }
        if (accept(")")) {
            return first;
        }
        List<Node> items = new ArrayList<>(List.of(first));
        while (accept(",") && !peek().isOperator(")")) {
            items.add(expression());
        }
        expect(")");
        return new Node.Display("tuple", items, at);
    }

    private Node bracketed(int at) {
        if (accept("]")) {
            return new Node.Display("list", List.of(), at);
        }
        Node first = expression();
        if (peek().isName("for")) {
            Node list = comprehension("list", null, first, at);
            expect("]");
            return list;
        }
        List<Node> items = rest(first, "]");
        return new Node.Display("list", items, at);
    }

    private Node braced(int at) {
        if (accept("}")) {
            return new Node.DictDisplay(List.of(), List.of(), at);
        }
        Node first = expression();
        if (accept(":")) {
            Node value = expression();
            if (peek().isName("for")) {
                Node dict = comprehension("dict", first, value, at);
                expect("}");
                return dict;
            }
            List<Node> keys = new ArrayList<>(List.of(first));
            List<Node> values = new ArrayList<>(List.of(value));
            while (accept(",") && !peek().isOperator("}")) {
                keys.add(expression());
                expect(":");
                values.add(expression());
            }
            expect("}");
            return new Node.DictDisplay(keys, values, at);
        }
        if (peek().isName("for")) {
            Node set = comprehension("set", null, first, at);
            expect("}");
            return set;
        }
        return new Node.Display("set", rest(first, "}"), at);
    }

    private List<Node> rest(Node first, String close) {
        List<Node> items = new ArrayList<>(List.of(first));
        while (accept(",") && !peek().isOperator(close)) {
            items.add(expression());
        }
        expect(close);
        return items;
    }

    private Node comprehension(String kind, Node key, Node element, int at) {
        List<Node.Clause> clauses = new ArrayList<>();
        while (peek().isName("for")) {
            advance();
            List<String> targets = targets();
            if (!peek().isName("in")) {
                throw syntax("expected 'in' after the names of a 'for'");
            }
            advance();
            Node iterable = or();
            List<Node> conditions = new ArrayList<>();
            while (peek().isName("if")) {
                advance();
                conditions.add(or());
            }
            clauses.add(new Node.Clause(targets, iterable, conditions));
        }
        return new Node.Comprehension(kind, key, element, clauses, at);
    }

    /** {@code x}, {@code k, v} or {@code (k, v)}: the names a {@code for} binds. */
    private List<String> targets() {
        boolean parenthesised = accept("(");
        List<String> names = new ArrayList<>();
        do {
            if (peek().isName("in")) {
                break;
            }
            names.add(expectName("a name after 'for'").text());
        } while (accept(","));
        if (parenthesised) {
            expect(")");
        }
        return names;
    }

    private boolean startsExpression() {
        Token next = peek();
        return !next.is(Token.Kind.END) && !next.isOperator("=") && !next.isOperator(")");
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token advance() {
        Token token = tokens.get(index);
        if (!token.is(Token.Kind.END)) {
            index++;
        }
        return token;
    }

    private boolean accept(String operator) {
        if (peek().isOperator(operator)) {
            advance();
            return true;
        }
        return false;
    }

    private void expect(String operator) {
        if (!accept(operator)) {
            throw syntax("expected '" + operator + "', found " + found());
        }
    }

    private Token expectName(String what) {
        if (!peek().is(Token.Kind.NAME)) {
            throw syntax("expected " + what + ", found " + found());
        }
        return advance();
    }

    private String found() {
        Token token = peek();
        return token.is(Token.Kind.END) ? "end of expression" : "'" + token.text() + "'";
    }

    private ExpressionException syntax(String message) {
        return new ExpressionException("SyntaxError: " + message, peek().position());
    }
}
