package dev.restsh.shell.request;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.inspect.Suggestions;
import java.time.Clock;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code {{name}}} by the session variable of that name, and {@code {{$uuid}}} and the other
 * {@link DynamicValues} by a fresh value; an unknown name is an error, never "".
 */
public final class Templates {
    /** Group 1: a variable's name; groups 2 and 3: a dynamic value's name and its arguments. */
    private static final Pattern VARIABLE =
            Pattern.compile("\\{\\{\\s*(?:([A-Za-z_][A-Za-z0-9_.-]*)|(\\$[A-Za-z]+)((?:\\s+-?[A-Za-z0-9_.]+)*))\\s*}}");

    private Templates() {}

    public static String expand(String text, Map<String, String> variables) {
        if (text == null || !text.contains("{{")) {
            return text;
        }
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            if (matcher.group(2) != null) {
                matcher.appendReplacement(
                        out, Matcher.quoteReplacement(Dynamic.VALUES.value(matcher.group(2), matcher.group(3))));
                continue;
            }
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

    /** Made on first use: most requests have no dynamic value. */
    private static final class Dynamic {
        static final DynamicValues VALUES = new DynamicValues(Clock.systemUTC(), new Random());
    }
}
