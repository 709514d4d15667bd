package dev.restsh.shell.script;

import dev.restsh.shell.RestshException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits script text into commands: one per line, whole-line {@code #} comments, a trailing backslash joins the
 * next line, and a line with an unclosed {@code {}, {@code [} or quote goes on until it is closed (JSON bodies
 * written over several lines).
 */
public final class ScriptReader {
    private ScriptReader() {}

    public static List<ScriptLine> read(String name, String text) {
        List<ScriptLine> commands = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        StringBuilder current = new StringBuilder();
        int start = 0;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (current.length() == 0) {
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                start = i + 1;
            }
            if (line.endsWith("\\") && !line.endsWith("\\\\")) {
                current.append(line, 0, line.length() - 1).append(' ');
                continue;
            }
            current.append(line);
            if (Openings.unclosed(current) != null) {
                current.append('\n');
                continue;
            }
            commands.add(new ScriptLine(start, current.toString().strip()));
            current.setLength(0);
        }
        if (current.length() > 0) {
            String open = Openings.unclosed(current);
            throw RestshException.usage(name + ":" + start + ": "
                    + (open == null ? "line continues past the end of the file" : "unclosed " + open)
                    + " at the end of the file");
        }
        return commands;
    }

    /** Tracks brackets and quotes outside quotes, as JSON and the request-item grammar use them. */
    static final class Openings {
        private Openings() {}

        /** What is still open at the end of the text ({@code '{'}, {@code '['}, a quote), or null. */
        static String unclosed(CharSequence text) {
            StringBuilder stack = new StringBuilder();
            char quote = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote != 0) {
                    if (c == '\\' && quote == '"') {
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '\\') {
                    i++;
                } else if (c == '"' || (c == '\'' && startsQuote(text, i))) {
                    quote = c;
                } else if (c == '{' || c == '[') {
                    stack.append(c);
                } else if ((c == '}' || c == ']') && stack.length() > 0) {
                    stack.setLength(stack.length() - 1);
                }
            }
            if (quote != 0) {
                return "quote " + quote;
            }
            return stack.length() == 0 ? null : "'" + stack.charAt(stack.length() - 1) + "'";
        }

        // An apostrophe inside a word (don't) is not a quote in prose-like text; one after a separator is.
        private static boolean startsQuote(CharSequence text, int at) {
            if (at == 0) {
                return true;
            }
            char before = text.charAt(at - 1);
            return !Character.isLetterOrDigit(before);
        }
    }
}
