package dev.restsh.shell.script;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.line.LineSplitter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} in a script line before it runs: from the session's variables ({@code --var}, {@code
 * set}, {@code let}), then from the environment variable of that name. An unknown name is an error, never an
 * empty string. A value stays one word wherever it lands (quoted as needed), so {@code Authorization:{{AUTH}}}
 * works when the value has spaces; in expressions ({@code expect}, {@code print}, {@code let}) it goes in as is; in
 * a {@code send} line's JSON, and as a whole JSON string inside a single-quoted JSON word ({@code creds:='{…}'},
 * curl's {@code -d '{…}'}), it is escaped as JSON.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*}}");
    private static final Set<String> EXPRESSION_COMMANDS = Set.of("expect", "print", "p", "pp", "let");
    /** What comes before the JSON in a word: a request item's {@code name:=} or an option's {@code --name=}. */
    private static final Pattern JSON_WORD_PREFIX = Pattern.compile("^(?:[^\\s=:]*:=|--?[A-Za-z][A-Za-z0-9-]*=)");

    private final Map<String, String> variables;
    private final Map<String, String> environment;

    public Placeholders(Map<String, String> variables, Map<String, String> environment) {
        this.variables = variables;
        this.environment = environment;
    }

    public String expand(String line) {
        if (line.indexOf("{{") < 0) {
            return line;
        }
        String[] words = line.strip().split("\\s+", 2);
        boolean expression = EXPRESSION_COMMANDS.contains(words[0]);
        boolean json = isJsonMessage(words);
        Matcher matcher = PLACEHOLDER.matcher(line);
        StringBuilder out = new StringBuilder();
        int done = 0;
        char quote = 0;
        while (matcher.find()) {
            quote = quoteAfter(line, done, matcher.start(), quote);
            out.append(line, done, matcher.start());
            String value = value(matcher.group(1));
            if (json) {
                out.append(quote == '"' ? inJsonString(value) : value);
            } else if (expression) {
                out.append(value);
            } else if (quote == '\'' && inQuotedJsonString(line, matcher.start(), matcher.end())) {
                out.append(inQuote(inJsonString(value), quote));
            } else {
                out.append(inQuote(value, quote));
            }
            done = matcher.end();
        }
        return out.append(line.substring(done)).toString();
    }

    /** The quote open at {@code to}, scanning from {@code from} with {@code quote} open there. */
    private static char quoteAfter(String line, int from, int to, char quote) {
        for (int i = from; i < to; i++) {
            char c = line.charAt(i);
            if (quote == 0 && c == '\\') {
                i++;
            } else if (quote == '"' && c == '\\') {
                i++;
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        return quote;
    }

    /** A {@code send} line whose message is JSON as typed: its quotes are JSON's, not the shell's. */
    private static boolean isJsonMessage(String[] words) {
        return words[0].equals("send") && words.length > 1 && (words[1].startsWith("{") || words[1].startsWith("["));
    }

    /**
     * Whether the placeholder at {@code start}–{@code end}, inside single quotes, is a whole JSON string of the JSON
     * text its shell word holds: {@code 'login:={"password": "{{PASSWORD}}"}'}, {@code creds:='{…}'}, curl's
     * {@code -d '{…}'} or {@code --data-raw='{…}'}, as a saved script masks a secret inside JSON. The value is then
     * escaped as JSON first, so that a quote or a backslash in it keeps the JSON valid.
     */
    private static boolean inQuotedJsonString(String line, int start, int end) {
        if (start == 0 || end >= line.length() || line.charAt(start - 1) != '"' || line.charAt(end) != '"') {
            return false;
        }
        // The shell word so far, as the line's own splitter reads it: the single quote open here closed.
        List<String> words;
        try {
            words = LineSplitter.split(line.substring(0, start) + "'");
        } catch (RestshException notAsQuoted) {
            return false;
        }
        String json = JSON_WORD_PREFIX.matcher(words.get(words.size() - 1)).replaceFirst("");
        return json.startsWith("{") || json.startsWith("[");
    }

    /** The value as the inside of a JSON string: {@code send {"password":"{{PASSWORD}}"}} sends valid JSON. */
    private static String inJsonString(String value) {
        return new String(JsonStringEncoder.getInstance().quoteAsString(value));
    }

    private static String inQuote(String value, char quote) {
        if (quote == '\'') {
            return value.replace("'", "'\\''");
        }
        if (quote == '"') {
            return value.replaceAll("([\"\\\\$`])", "\\\\$1");
        }
        return value.isEmpty() ? "''" : ShellQuoting.quote(value);
    }

    private String value(String name) {
        String value = variables.get(name);
        if (value == null) {
            value = environment.get(name);
        }
        if (value == null) {
            throw RestshException.usage("unknown variable {{" + name + "}}: pass --var " + name
                    + "=VALUE, set it with 'set " + name + "=VALUE', or export " + name + " in the environment");
        }
        return value;
    }
}
