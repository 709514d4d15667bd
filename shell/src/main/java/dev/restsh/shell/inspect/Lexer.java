package dev.restsh.shell.inspect;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens: names, numbers, 'single' or "double" quoted strings, punctuation. */
final class Lexer {
    private final String source;
    private int pos;

    Lexer(String source) {
        this.source = source;
    }

    List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= source.length()) {
                tokens.add(new Token(Token.Kind.END, "", null, pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private void skipSpace() {
        while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
            pos++;
        }
    }

    private Token next() {
        int start = pos;
        char c = source.charAt(pos);
        if (Character.isLetter(c) || c == '_') {
            while (pos < source.length()
                    && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(Token.Kind.NAME, source.substring(start, pos), null, start);
        }
        if (Character.isDigit(c)) {
            while (pos < source.length() && (Character.isDigit(source.charAt(pos)) || source.charAt(pos) == '.')) {
                pos++;
            }
            String text = source.substring(start, pos);
            try {
                return new Token(Token.Kind.NUMBER, text, new BigDecimal(text), start);
            } catch (NumberFormatException e) {
                throw new ExpressionException("invalid number '" + text + "'", start);
            }
        }
        if (c == '\'' || c == '"') {
            return string(c);
        }
        pos++;
        switch (c) {
            case '.':
                return new Token(Token.Kind.DOT, ".", null, start);
            case ',':
                return new Token(Token.Kind.COMMA, ",", null, start);
            case ':':
                return new Token(Token.Kind.COLON, ":", null, start);
            case '(':
                return new Token(Token.Kind.LPAREN, "(", null, start);
            case ')':
                return new Token(Token.Kind.RPAREN, ")", null, start);
            case '[':
                return new Token(Token.Kind.LBRACKET, "[", null, start);
            case ']':
                return new Token(Token.Kind.RBRACKET, "]", null, start);
            case '-':
                return new Token(Token.Kind.MINUS, "-", null, start);
            case '=':
            case '!':
            case '<':
            case '>':
                return operator(c, start);
            default:
                throw new ExpressionException("unexpected character '" + c + "'", start);
        }
    }

    private Token operator(char first, int start) {
        boolean equalsFollows = pos < source.length() && source.charAt(pos) == '=';
        if (equalsFollows) {
            pos++;
            return new Token(Token.Kind.OPERATOR, first + "=", null, start);
        }
        if (first == '<' || first == '>') {
            return new Token(Token.Kind.OPERATOR, String.valueOf(first), null, start);
        }
        throw new ExpressionException(
                first == '=' ? "use '==' to compare ('=' assigns only in 'let name = ...')" : "expected '!='", start);
    }

    private Token string(char quote) {
        int start = pos++;
        StringBuilder text = new StringBuilder();
        while (pos < source.length()) {
            char c = source.charAt(pos++);
            if (c == quote) {
                return new Token(Token.Kind.STRING, source.substring(start, pos), text.toString(), start);
            }
            if (c == '\\' && pos < source.length()) {
                char escaped = source.charAt(pos++);
                text.append(
                        switch (escaped) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> escaped;
                        });
            } else {
                text.append(c);
            }
        }
        throw new ExpressionException("unterminated string", start);
    }
}
