package dev.restsh.shell.script;

import dev.restsh.shell.RestshException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{name}}} in a script line before it runs: from the session's variables ({@code --var}, {@code
 * set}, {@code let}), then from the environment variable of that name. An unknown name is an error, never an
 * empty string.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*}}");

    private final Map<String, String> variables;
    private final Map<String, String> environment;

    public Placeholders(Map<String, String> variables, Map<String, String> environment) {
        this.variables = variables;
        this.environment = environment;
    }

    public String expand(String line) {
        Matcher matcher = PLACEHOLDER.matcher(line);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(value(matcher.group(1))));
        }
        matcher.appendTail(out);
        return out.toString();
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
