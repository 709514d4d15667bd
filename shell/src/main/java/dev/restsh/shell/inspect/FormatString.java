package dev.restsh.shell.inspect;

import java.util.ArrayList;
import java.util.List;

/**
 * An f-string: literal text and {@code {expression[=][!r|!s][:spec]}} fields, each expression parsed in place (its
 * errors point into the line). Nested fields inside a format spec are not supported.
 */
record FormatString(List<Object> parts) {
    /** One replacement field: the expression, its source (for {@code {x=}}), conversion and spec. */
    record Field(Node expression, String source, boolean echo, String conversion, String spec) {}

    /** Reads the f-string whose text starts at {@code from} (after the quote) and returns its token. */
    static Token lex(Lexer lexer, String source, int start, int from, char quote, boolean raw) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        int literalStart = from;
        int at = from;
        while (true) {
            if (at >= source.length()) {
                throw new ExpressionException("SyntaxError: unterminated string literal", start);
            }
            char c = source.charAt(at);
            if (c == quote) {
                break;
            }
            if (c == '\\' && !raw && at + 1 < source.length()) {
                literal.append(c).append(source.charAt(at + 1));
                at += 2;
            } else if ((c == '{' || c == '}') && at + 1 < source.length() && source.charAt(at + 1) == c) {
                literal.append(c);
                at += 2;
            } else if (c == '}') {
                throw new ExpressionException("SyntaxError: f-string: single '}' is not allowed", at);
            } else if (c == '{') {
                parts.add(Lexer.unescape(literal.toString(), literalStart, raw));
                literal.setLength(0);
                at = field(source, at + 1, quote, parts);
                literalStart = at;
            } else {
                literal.append(c);
                at++;
            }
        }
        parts.add(Lexer.unescape(literal.toString(), literalStart, raw));
        lexer.skipTo(at + 1);
        return new Token(Token.Kind.STRING, source.substring(start, at + 1), new FormatString(parts), start);
    }

    /** Reads one field from just after its '{'; returns the position after its '}'. */
    private static int field(String source, int from, char quote, List<Object> parts) {
        int depth = 0;
        int at = from;
        int end = -1;
        int conversionAt = -1;
        int specAt = -1;
        char inString = 0;
        for (; at < source.length(); at++) {
            char c = source.charAt(at);
            if (c == quote) {
                throw new ExpressionException("SyntaxError: f-string: expecting '}'", from - 1);
            }
            if (inString != 0) {
                inString = c == inString ? 0 : inString;
            } else if (c == '\'' || c == '"') {
                inString = c;
            } else if ("([{".indexOf(c) >= 0) {
                depth++;
            } else if (")]}".indexOf(c) >= 0 && depth > 0) {
                depth--;
            } else if (depth == 0
                    && c == '!'
                    && specAt < 0
                    && conversionAt < 0
                    && (at + 1 >= source.length() || source.charAt(at + 1) != '=')) {
                conversionAt = at;
            } else if (depth == 0 && c == ':' && specAt < 0) {
                specAt = at;
            } else if (depth == 0 && c == '}') {
                end = at;
                break;
            } else if (depth == 0 && c == '{' && specAt >= 0) {
                throw new ExpressionException(
                        "SyntaxError: restsh does not nest fields in an f-string's format spec", at);
            }
        }
        if (end < 0) {
            throw new ExpressionException("SyntaxError: f-string: expecting '}'", from - 1);
        }
        int expressionEnd = conversionAt >= 0 ? conversionAt : specAt >= 0 ? specAt : end;
        String expression = source.substring(from, expressionEnd);
        String trimmed = expression.strip();
        boolean echo = trimmed.endsWith("=")
                && !trimmed.endsWith("==")
                && !trimmed.endsWith("!=")
                && !trimmed.endsWith("<=")
                && !trimmed.endsWith(">=");
        String code = echo ? expression.substring(0, expression.lastIndexOf('=')) : expression;
        if (code.isBlank()) {
            throw new ExpressionException("SyntaxError: f-string: empty expression not allowed", from);
        }
        String conversion = conversionAt < 0 ? null : source.substring(conversionAt + 1, specAt >= 0 ? specAt : end);
        if (conversion != null && !conversion.equals("r") && !conversion.equals("s") && !conversion.equals("a")) {
            throw new ExpressionException(
                    "SyntaxError: f-string: invalid conversion character: expected 's', 'r', or 'a'", conversionAt);
        }
        String spec = specAt < 0 ? "" : source.substring(specAt + 1, end);
        parts.add(new Field(Parser.parseAt(code, from), expression, echo, conversion, spec));
        return end + 1;
    }

    /** The text, with every field evaluated and formatted as Python's format(). */
    String evaluate(Evaluator evaluator) {
        StringBuilder out = new StringBuilder();
        for (Object part : parts) {
            if (part instanceof String text) {
                out.append(text);
                continue;
            }
            Field field = (Field) part;
            Object value = evaluator.evaluate(field.expression());
            String conversion =
                    field.conversion() == null && field.echo() && field.spec().isEmpty() ? "r" : field.conversion();
            if (field.echo()) {
                out.append(field.source());
            }
            Object converted =
                    conversion == null ? value : conversion.equals("s") ? Builtins.str(value) : PythonRepr.of(value);
            out.append(Formats.spec(converted, field.spec()));
            Budget.current().items(out.length());
        }
        return out.toString();
    }

    /** Adjacent literals: this f-string followed by more text or another f-string. */
    FormatString concat(Object more) {
        List<Object> joined = new ArrayList<>(parts);
        if (more instanceof FormatString other) {
            joined.addAll(other.parts());
        } else {
            joined.add(more);
        }
        return new FormatString(joined);
    }
}
