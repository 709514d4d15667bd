package dev.restsh.shell.line;

import dev.restsh.shell.RestshException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a command line into words as a POSIX shell does: whitespace, 'single' and "double" quotes, backslash,
 * and bash's $'…' (pasted curl commands use it).
 */
public final class LineSplitter {
    private LineSplitter() {}

    /**
     * A jq filter as typed after {@code expect jq} or {@code let x = jq}: one quoted word loses its quotes and
     * escapes, exactly as the {@code jq} command's argument does; anything else (an unquoted filter with spaces) is
     * the filter as it stands.
     */
    public static String filter(String typed) {
        String text = typed.strip();
        if (text.startsWith("'") || text.startsWith("\"")) {
            try {
                List<String> words = split(text);
                if (words.size() == 1) {
                    return words.get(0);
                }
            } catch (RestshException unclosed) {
                // not one quoted word: the filter as typed
            }
        }
        return text;
    }

    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < line.length() && "\"\\$`".indexOf(line.charAt(i + 1)) >= 0) {
                    word.append(line.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '$' && line.startsWith("'", i + 1)) {
                i = AnsiCQuote.read(line, i + 2, word);
                inWord = true;
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && line.startsWith("\n", i + 1)) {
                i++; // a line continuation, removed as a shell removes it
            } else if (c == '\\' && line.startsWith("\r\n", i + 1)) {
                i += 2;
            } else if (c == '\\' && i + 1 < line.length()) {
                word.append(line.charAt(++i));
                inWord = true;
            } else if (c == '{' && line.startsWith("{{$", i) && line.indexOf("}}", i) > 0) {
                int end =
                        line.indexOf("}}", i) + 2; // a dynamic value is one word with its arguments: {{$randomInt 1 9}}
                word.append(line, i, end);
                i = end - 1;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw RestshException.usage("unclosed " + (quote == '"' ? "double" : "single") + " quote");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    /** Splits inline commands ({@code -c}) at newlines and at semicolons outside quotes and brackets. */
    public static List<String> commands(String text) {
        List<String> commands = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && i + 1 < text.length()) {
                    current.append(c);
                    c = text.charAt(++i);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '[' || c == '{' || c == '(') {
                depth++;
            } else if ((c == ']' || c == '}' || c == ')') && depth > 0) {
                depth--;
            } else if (c == '\n' || (c == ';' && depth == 0)) {
                commands.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        commands.add(current.toString());
        return commands.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
