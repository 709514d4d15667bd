package dev.restsh.shell.inspect;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an expression into Python's tokens: names, numbers (ints of any size, floats), strings and bytes in
 * either quote with Python's escapes ({@code r} and {@code b} prefixes), operators and punctuation.
 */
final class Lexer {
    private static final List<String> OPERATORS = List.of(
            "**", "//", "==", "!=", "<=", ">=", "(", ")", "[", "]", "{", "}", ",", ":", ".", "=", "+", "-", "*", "/",
            "%", "<", ">");

    private final String source;
    private int pos;

    Lexer(String source) {
        this.source = source;
    }

    List<Token> tokens() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            while (pos < source.length() && Character.isWhitespace(source.charAt(pos))) {
                pos++;
            }
            if (pos >= source.length()) {
                tokens.add(new Token(Token.Kind.END, "", null, pos));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int start = pos;
        char c = source.charAt(pos);
        if (isQuote(c) || isStringPrefix()) {
            return string();
        }
        if (Character.isLetter(c) || c == '_') {
            while (pos < source.length()
                    && (Character.isLetterOrDigit(source.charAt(pos)) || source.charAt(pos) == '_')) {
                pos++;
            }
            return new Token(Token.Kind.NAME, source.substring(start, pos), null, start);
        }
        if (Character.isDigit(c)
                || c == '.' && pos + 1 < source.length() && Character.isDigit(source.charAt(pos + 1))) {
            return number();
        }
        for (String operator : OPERATORS) {
            if (source.startsWith(operator, pos)) {
                pos += operator.length();
                return new Token(Token.Kind.OPERATOR, operator, null, start);
            }
        }
        if (c == '!') {
            throw new ExpressionException("SyntaxError: expected '!='", start);
        }
        throw new ExpressionException("SyntaxError: invalid character '" + c + "'", start);
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"';
    }

    /** {@code b'…'}, {@code r'…'}, {@code rb'…'}, {@code br'…'} in any case. */
    private boolean isStringPrefix() {
        int at = pos;
        while (at < source.length() && at - pos < 2 && "bBrRfF".indexOf(source.charAt(at)) >= 0) {
            at++;
        }
        return at > pos && at < source.length() && isQuote(source.charAt(at));
    }

    private Token number() {
        int start = pos;
        if (source.startsWith("0x", pos)
                || source.startsWith("0X", pos)
                || source.startsWith("0o", pos)
                || source.startsWith("0O", pos)
                || source.startsWith("0b", pos)
                || source.startsWith("0B", pos)) {
            int radix =
                    "xX".indexOf(source.charAt(pos + 1)) >= 0 ? 16 : "oO".indexOf(source.charAt(pos + 1)) >= 0 ? 8 : 2;
            pos += 2;
            while (pos < source.length()
                    && (Character.digit(source.charAt(pos), radix) >= 0 || source.charAt(pos) == '_')) {
                pos++;
            }
            return integer(source.substring(start + 2, pos), radix, start);
        }
        boolean isFloat = false;
        digits();
        if (pos < source.length() && source.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            digits();
        }
        if (pos < source.length() && (source.charAt(pos) == 'e' || source.charAt(pos) == 'E')) {
            int mark = pos++;
            if (pos < source.length() && (source.charAt(pos) == '+' || source.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < source.length() && Character.isDigit(source.charAt(pos))) {
                isFloat = true;
                digits();
            } else {
                pos = mark;
            }
        }
        if (pos < source.length() && (Character.isLetter(source.charAt(pos)) || source.charAt(pos) == '_')) {
            throw new ExpressionException("SyntaxError: invalid decimal literal", start);
        }
        String text = source.substring(start, pos);
        if (isFloat) {
            return new Token(Token.Kind.NUMBER, text, Double.parseDouble(text.replace("_", "")), start);
        }
        return integer(text, 10, start);
    }

    private Token integer(String digits, int radix, int start) {
        String clean = digits.replace("_", "");
        if (clean.isEmpty()) {
            throw new ExpressionException("SyntaxError: invalid number", start);
        }
        return new Token(Token.Kind.NUMBER, source.substring(start, pos), new BigInteger(clean, radix), start);
    }

    private void digits() {
        while (pos < source.length() && (Character.isDigit(source.charAt(pos)) || source.charAt(pos) == '_')) {
            pos++;
        }
    }

    private Token string() {
        int start = pos;
        boolean raw = false;
        boolean bytes = false;
        boolean formatted = false;
        while (!isQuote(source.charAt(pos))) {
            char prefix = Character.toLowerCase(source.charAt(pos++));
            raw |= prefix == 'r';
            bytes |= prefix == 'b';
            formatted |= prefix == 'f';
        }
        if (bytes && formatted) {
            throw new ExpressionException("SyntaxError: invalid string prefix", start);
        }
        char quote = source.charAt(pos++);
        if (formatted) {
            return FormatString.lex(this, source, start, pos, quote, raw);
        }
        StringBuilder text = new StringBuilder();
        while (pos < source.length()) {
            char c = source.charAt(pos++);
            if (c == quote) {
                String value = text.toString();
                return new Token(
                        Token.Kind.STRING,
                        source.substring(start, pos),
                        bytes ? Bytes.latin1(value, start) : value,
                        start);
            }
            if (c == '\\' && pos < source.length()) {
                if (raw) {
                    text.append(c).append(source.charAt(pos++));
                } else {
                    escape(text, bytes);
                }
            } else {
                text.append(c);
            }
        }
        throw new ExpressionException("SyntaxError: unterminated string literal", start);
    }

    /** The literal text of {@code source} with Python's escapes applied (the text between an f-string's fields). */
    static String unescape(String source, int position, boolean raw) {
        if (raw || source.indexOf('\\') < 0) {
            return source;
        }
        Lexer lexer = new Lexer(source);
        StringBuilder text = new StringBuilder();
        try {
            while (lexer.pos < source.length()) {
                char c = source.charAt(lexer.pos++);
                if (c == '\\' && lexer.pos < source.length()) {
                    lexer.escape(text, false);
                } else {
                    text.append(c);
                }
            }
        } catch (ExpressionException e) {
            throw new ExpressionException(e.getMessage(), position);
        }
        return text.toString();
    }

    /** Moves past an f-string that {@link FormatString} read. */
    void skipTo(int position) {
        pos = position;
    }

    /** Python's escapes; an unknown one keeps its backslash, as Python does. */
    private void escape(StringBuilder text, boolean bytes) {
        int at = pos - 1;
        char c = source.charAt(pos++);
        switch (c) {
            case '\n' -> {}
            case '\\', '\'', '"' -> text.append(c);
            case 'n' -> text.append('\n');
            case 't' -> text.append('\t');
            case 'r' -> text.append('\r');
            case 'a' -> text.append('\u0007');
            case 'b' -> text.append('\b');
            case 'f' -> text.append('\f');
            case 'v' -> text.append('\u000b');
            case 'x' -> text.appendCodePoint(hex(2, at));
            case 'u', 'U' -> {
                if (bytes) {
                    text.append('\\').append(c);
                } else {
                    text.appendCodePoint(hex(c == 'u' ? 4 : 8, at));
                }
            }
            default -> {
                if (c >= '0' && c <= '7') {
                    int value = c - '0';
                    for (int i = 0;
                            i < 2 && pos < source.length() && source.charAt(pos) >= '0' && source.charAt(pos) <= '7';
                            i++) {
                        value = value * 8 + source.charAt(pos++) - '0';
                    }
                    text.appendCodePoint(value);
                } else {
                    text.append('\\').append(c);
                }
            }
        }
    }

    private int hex(int digits, int at) {
        if (pos + digits > source.length()) {
            throw new ExpressionException("SyntaxError: truncated \\x escape", at);
        }
        try {
            int value = Integer.parseInt(source.substring(pos, pos + digits), 16);
            pos += digits;
            return value;
        } catch (NumberFormatException e) {
            throw new ExpressionException("SyntaxError: truncated escape", at);
        }
    }
}
