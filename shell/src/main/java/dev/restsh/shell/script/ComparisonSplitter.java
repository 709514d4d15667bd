package dev.restsh.shell.script;

import java.util.List;

/**
 * Finds the top-level comparison of an expression ({@code a == b}, {@code x in y}) so that a failed expectation
 * can show the value of each side. Expressions joined by {@code and}/{@code or} are not split.
 */
public final class ComparisonSplitter {
    /** The two sides and the operator between them. */
    public record Comparison(String left, String operator, String right) {}

    private static final List<String> SYMBOLS = List.of("==", "!=", "<=", ">=", "<", ">");
    private static final List<String> WORDS = List.of(" not in ", " in ");

    private ComparisonSplitter() {}

    /** The comparison at the top level of the expression, or null when there is none to split. */
    public static Comparison split(String expression) {
        String text = expression.strip();
        if (text.startsWith("not ")) {
            return null;
        }
        char quote = 0;
        int depth = 0;
        Comparison found = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (depth == 0) {
                if (startsWord(text, i, " and ") || startsWord(text, i, " or ")) {
                    return null; // "a < 3 and b": no two sides to show, wherever the and/or comes
                }
                if (found == null) {
                    found = at(text, i);
                }
            }
        }
        return found;
    }

    private static Comparison at(String text, int i) {
        for (String word : WORDS) {
            if (startsWord(text, i, word)) {
                return sides(text, i, word.strip(), word.length());
            }
        }
        for (String symbol : SYMBOLS) {
            if (text.startsWith(symbol, i)) {
                return sides(text, i, symbol, symbol.length());
            }
        }
        return null;
    }

    private static Comparison sides(String text, int at, String operator, int length) {
        String left = text.substring(0, at).strip();
        String right = text.substring(at + length).strip();
        return left.isEmpty() || right.isEmpty() ? null : new Comparison(left, operator, right);
    }

    private static boolean startsWord(String text, int at, String word) {
        return text.regionMatches(at, word, 0, word.length());
    }
}
