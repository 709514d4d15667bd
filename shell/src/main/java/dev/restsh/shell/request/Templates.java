package dev.restsh.shell.request;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.inspect.Suggestions;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Replaces {@code {{name}}} by the session variable of that name; an unknown name is an error, never "". */
public final class Templates {
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_.-]*)\\s*}}");

    private Templates() {}

    public static String expand(String text, Map<String, String> variables) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = variables.get(name);
            if (value == null) {
                throw RestshException.usage("unknown variable {{" + name + "}}"
                        + Suggestions.hint(name, variables.keySet())
                        + " (set it with: set " + name + "=VALUE)");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
