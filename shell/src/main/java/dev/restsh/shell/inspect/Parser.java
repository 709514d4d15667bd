package dev.restsh.shell.inspect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of the inspection language (grammar in docs/EXPRESSIONS.md):
 *
 * <pre>
 * expr       = or
 * or         = and { "or" and }
 * and        = not { "and" not }
 * not        = "not" not | comparison
 * comparison = postfix [ ("==" | "!=" | "<" | "<=" | ">" | ">=" | "in" | "not" "in") postfix ]
 * postfix    = primary { "." NAME | "(" [ expr { "," expr } ] ")" | "[" index "]" }
 * index      = expr | [ expr ] ":" [ expr ]
 * primary    = NAME | NUMBER | STRING | "-" NUMBER | "(" expr ")"
 * </pre>
 */
public final class Parser {
    private final List<Token> tokens;
    private int index;

    private Parser(String source) {
        this.tokens = new Lexer(source).tokens();
    }

    public static Node parse(String source) {
        Parser parser = new Parser(source);
        Node node = parser.or();
        Token rest = parser.peek();
        if (!rest.is(Token.Kind.END)) {
            throw new ExpressionException("unexpected '" + rest.text() + "'", rest.position());
        }
        return node;
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
            return new Node.Not(not(), at);
        }
        return comparison();
    }

    private Node comparison() {
        Node left = postfix();
        Token next = peek();
        if (next.is(Token.Kind.OPERATOR)) {
            advance();
            return new Node.Compare(next.text(), left, postfix(), next.position());
        }
        if (next.isName("in")) {
            advance();
            return new Node.Compare("in", left, postfix(), next.position());
        }
        if (next.isName("not") && tokens.get(index + 1).isName("in")) {
            advance();
            advance();
            return new Node.Compare("not in", left, postfix(), next.position());
        }
        return left;
    }

    private Node postfix() {
        Node node = primary();
        while (true) {
            Token next = peek();
            if (next.is(Token.Kind.DOT)) {
                advance();
                Token name = expect(Token.Kind.NAME, "an attribute name after '.'");
                node = new Node.Attribute(node, name.text(), name.position());
            } else if (next.is(Token.Kind.LPAREN)) {
                advance();
                node = new Node.Call(node, arguments(), next.position());
            } else if (next.is(Token.Kind.LBRACKET)) {
                advance();
                node = subscript(node, next.position());
            } else {
                return node;
            }
        }
    }

    private List<Node> arguments() {
        List<Node> arguments = new ArrayList<>();
        if (peek().is(Token.Kind.RPAREN)) {
            advance();
            return arguments;
        }
        arguments.add(or());
        while (peek().is(Token.Kind.COMMA)) {
            advance();
            arguments.add(or());
        }
        expect(Token.Kind.RPAREN, "')'");
        return arguments;
    }

    private Node subscript(Node target, int at) {
        Node from = peek().is(Token.Kind.COLON) ? null : or();
        if (peek().is(Token.Kind.COLON)) {
            advance();
            Node to = peek().is(Token.Kind.RBRACKET) ? null : or();
            expect(Token.Kind.RBRACKET, "']'");
            return new Node.Slice(target, from, to, at);
        }
        expect(Token.Kind.RBRACKET, "']'");
        return new Node.Index(target, from, at);
    }

    private Node primary() {
        Token token = advance();
        switch (token.kind()) {
            case NAME:
                return new Node.Name(token.text(), token.position());
            case NUMBER:
            case STRING:
                return new Node.Literal(token.value(), token.position());
            case MINUS:
                Token number = expect(Token.Kind.NUMBER, "a number after '-'");
                return new Node.Literal(((BigDecimal) number.value()).negate(), token.position());
            case LPAREN:
                Node inner = or();
                expect(Token.Kind.RPAREN, "')'");
                return inner;
            case END:
                throw new ExpressionException("unexpected end of expression", token.position());
            default:
                throw new ExpressionException("unexpected '" + token.text() + "'", token.position());
        }
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

    private Token expect(Token.Kind kind, String what) {
        Token token = peek();
        if (!token.is(kind)) {
            String found = token.is(Token.Kind.END) ? "end of expression" : "'" + token.text() + "'";
            throw new ExpressionException("expected " + what + ", found " + found, token.position());
        }
        return advance();
    }
}
