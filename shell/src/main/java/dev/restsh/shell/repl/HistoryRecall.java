package dev.restsh.shell.repl;

import org.jline.reader.Expander;
import org.jline.reader.History;

/**
 * Bash-style recall of earlier lines, kept narrow so that expressions such as {@code status != 200} and quoted
 * text are never touched: only whole words outside quotes — {@code !!} (the previous line), {@code !-N} (N lines
 * back), {@code !N} (line N of the history) — and {@code !text} as the first word (the latest line starting with
 * text).
 */
public final class HistoryRecall implements Expander {

    @Override
    public String expandHistory(History history, String line) {
        StringBuilder result = new StringBuilder(line.length());
        char quote = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            boolean wordStart = i == 0 || Character.isWhitespace(line.charAt(i - 1));
            if (quote == 0 && c == '!' && wordStart) {
                int end = i;
                while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                    end++;
                }
                String recalled = recall(
                        history, line.substring(i, end), result.toString().isBlank());
                if (recalled != null) {
                    result.append(recalled);
                    i = end;
                    continue;
                }
            }
            if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
            result.append(c);
            i++;
        }
        return result.toString();
    }

    /** The line a designator names; null when the word is not one (then it stays as typed). */
    private static String recall(History history, String word, boolean firstWord) {
        if (word.equals("!!")) {
            return back(history, 1, word);
        }
        if (word.matches("!-\\d{1,9}")) {
            return back(history, Integer.parseInt(word.substring(2)), word);
        }
        if (word.matches("!\\d{1,9}")) {
            int number = Integer.parseInt(word.substring(1));
            if (number < history.first() + 1 || number > history.last() + 1) {
                throw new IllegalArgumentException(word + ": event not found");
            }
            return history.get(number - 1);
        }
        if (firstWord && word.matches("![A-Za-z_][^=]*")) {
            String prefix = word.substring(1);
            for (int index = history.last(); index >= history.first(); index--) {
                if (history.get(index).startsWith(prefix)) {
                    return history.get(index);
                }
            }
            throw new IllegalArgumentException(word + ": event not found");
        }
        return null;
    }

    private static String back(History history, int count, String word) {
        int index = history.last() - count + 1;
        if (history.isEmpty() || count < 1 || index < history.first()) {
            throw new IllegalArgumentException(word + ": event not found");
        }
        return history.get(index);
    }

    @Override
    public String expandVar(String word) {
        return word;
    }
}
