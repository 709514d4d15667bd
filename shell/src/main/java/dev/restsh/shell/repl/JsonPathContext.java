package dev.restsh.shell.repl;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the cursor is inside an expression, found from the text before the cursor: in a path into a live value,
 * {@code response.json()['res} (a key, kind KEY), {@code response.sta} (an attribute, kind ATTRIBUTE) or
 * {@code jq '.results[0].ip} (a key in a jq filter, kind JQ), or at the start of an operand after the first word,
 * {@code len(resp}, {@code print so} (a name, kind NAME). {@code base} is what the partial word applies to.
 */
public record JsonPathContext(Kind kind, String base, String quote, String partial) {
    public enum Kind {
        KEY,
        ATTRIBUTE,
        JQ,
        NAME
    }

    private static final String CHAIN =
            "((?<![\\w.)\\]'\"])[A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*(?:\\([^()]*\\))?|\\[[^\\[\\]]*\\])*)";
    private static final Pattern KEY = Pattern.compile(CHAIN + "\\[(['\"])([^'\"\\]]*)$");
    private static final Pattern ATTRIBUTE = Pattern.compile(CHAIN + "\\.([A-Za-z_]\\w*)?$");
    private static final Pattern JQ = Pattern.compile("^\\s*jq\\s+(?:-\\S+\\s+)*(?:(['\"])([^'\"]*)|([^'\"\\s]*))$");
    private static final Pattern JQ_TAIL = Pattern.compile("^(.*)\\.([A-Za-z_][\\w-]*)?$");
    /** A name being typed where an operand starts: not after a dot, a digit, a quote or a closing bracket. */
    private static final Pattern NAME = Pattern.compile("(?<![\\w.'\")\\]}])([A-Za-z_]\\w*)?$");

    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\S+)\\s");

    /** The context at the end of this text, if any; {@code expressionCommand} tells which first words take one. */
    public static Optional<JsonPathContext> find(
            String beforeCursor, java.util.function.Predicate<String> expressionCommand) {
        Matcher jq = JQ.matcher(beforeCursor);
        if (jq.find()) {
            boolean quoted = jq.group(1) != null;
            Matcher tail = JQ_TAIL.matcher(quoted ? jq.group(2) : jq.group(3));
            return tail.matches()
                    ? Optional.of(
                            new JsonPathContext(Kind.JQ, tail.group(1), orEmpty(jq.group(1)), orEmpty(tail.group(2))))
                    : Optional.empty();
        }
        Matcher first = FIRST_WORD.matcher(beforeCursor);
        if (first.find() && !expressionCommand.test(first.group(1))) {
            return Optional.empty();
        }
        Matcher key = KEY.matcher(beforeCursor);
        if (key.find()) {
            return Optional.of(new JsonPathContext(Kind.KEY, key.group(1), key.group(2), key.group(3)));
        }
        Matcher attribute = ATTRIBUTE.matcher(beforeCursor);
        if (attribute.find()) {
            return Optional.of(
                    new JsonPathContext(Kind.ATTRIBUTE, attribute.group(1), "", orEmpty(attribute.group(2))));
        }
        Matcher name = NAME.matcher(beforeCursor);
        if (name.find()) {
            // The first word is left to the shell's own completion (commands as well as names).
            String before = beforeCursor.substring(0, name.start());
            // {{variable}} is the shell's, completed as a word of its own.
            if (!before.isBlank() && !before.endsWith("{{") && !insideString(before)) {
                return Optional.of(new JsonPathContext(Kind.NAME, "", "", orEmpty(name.group(1))));
            }
        }
        return Optional.empty();
    }

    /** Whether a string literal is still open at the end of this text. */
    static boolean insideString(String text) {
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == 0) {
                quote = c == '\'' || c == '"' ? c : 0;
            } else if (c == '\\') {
                i++; // the escaped character cannot close the literal
            } else if (c == quote) {
                quote = 0;
            }
        }
        return quote != 0;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
