package dev.restsh.shell.line;

import java.util.ArrayList;
import java.util.List;

/**
 * When a command goes on over the next line, the one rule for scripts, stdin, {@code -c} and the REPL: a line
 * ending in a backslash outside quotes (and not itself escaped), or an unclosed {@code {}, {@code [} or quote
 * (JSON bodies written over several lines).
 */
public final class LineContinuation {
    /** What {@link #open} returns for text that ends in a continuing backslash. */
    public static final String BACKSLASH = "\\";

    private LineContinuation() {}

    /** What keeps the text open: {@link #BACKSLASH}, {@code '{'}, {@code '['}, {@code quote '}; null if nothing. */
    public static String open(CharSequence text) {
        return new Scan(text).open();
    }

    /** True when the text ends in a backslash outside quotes that is not escaped: the command continues. */
    public static boolean endsInBackslash(CharSequence text) {
        return new Scan(text).trailingBackslash;
    }

    /**
     * The command as one line: each backslash-newline outside quotes becomes a space, as {@code run FILE} has
     * always joined them. Newlines inside brackets and quotes stay (they are part of a JSON body).
     */
    public static String join(CharSequence text) {
        Scan scan = new Scan(text);
        if (scan.breaks.isEmpty()) {
            return text.toString();
        }
        StringBuilder joined = new StringBuilder(text.length());
        int from = 0;
        for (int at : scan.breaks) {
            joined.append(text, from, at).append(' ');
            from = at + 1;
            if (text.charAt(from) == '\r') {
                from++;
            }
            from++; // the newline
        }
        return joined.append(text, from, text.length()).toString();
    }

    /** Brackets and quotes outside quotes, as JSON and the request-item grammar use them, and backslashes. */
    private static final class Scan {
        private final StringBuilder brackets = new StringBuilder();
        /** Where a backslash outside quotes is followed by a newline (or CR LF). */
        private final List<Integer> breaks = new ArrayList<>();

        private char quote;
        /** In bash's $'…', where \' does not end the quote. */
        private boolean ansiC;

        private boolean trailingBackslash;

        Scan(CharSequence text) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == '\\' && (quote == '"' || ansiC)) {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\\') {
                    if (i + 1 == text.length()) {
                        trailingBackslash = true;
                    } else if (newlineAt(text, i + 1)) {
                        breaks.add(i);
                    }
                    i++;
                } else if (c == '"' || (c == '\'' && startsQuote(text, i))) {
                    quote = c;
                    ansiC = c == '\'' && i > 0 && text.charAt(i - 1) == '$';
                } else if (c == '{' || c == '[') {
                    brackets.append(c);
                } else if ((c == '}' || c == ']') && brackets.length() > 0) {
                    brackets.setLength(brackets.length() - 1);
                }
            }
        }

        String open() {
            if (trailingBackslash) {
                return BACKSLASH;
            }
            if (quote != 0) {
                return "quote " + quote;
            }
            return brackets.length() == 0 ? null : "'" + brackets.charAt(brackets.length() - 1) + "'";
        }

        private static boolean newlineAt(CharSequence text, int at) {
            char c = text.charAt(at);
            return c == '\n' || (c == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n');
        }

        // An apostrophe inside a word (don't) is not a quote in prose-like text; one after a separator is.
        private static boolean startsQuote(CharSequence text, int at) {
            return at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
        }
    }
}
