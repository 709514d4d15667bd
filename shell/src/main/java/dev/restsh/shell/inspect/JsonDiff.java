package dev.restsh.shell.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.render.JsonStreamFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A structural diff of two JSON values: the paths (in jq syntax, {@code .results[0].ip}) that were added, removed
 * or changed. Objects are compared key by key, arrays index by index, so a value that moved shows as changed.
 * Values are compared to {@link JsonStreamFormatter#INDENTED_DEPTH} levels: a difference deeper down shows as one
 * change of the value at that level ({@link Change#deeper}), so paths stay short whatever the nesting.
 */
public final class JsonDiff {
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    /**
     * One difference; {@code before} is null when added, {@code after} null when removed. {@code deeper}: the two
     * values differ somewhere below the depth limit, not compared further.
     */
    public record Change(Kind kind, String path, JsonNode before, JsonNode after, boolean deeper) {
        Change(Kind kind, String path, JsonNode before, JsonNode after) {
            this(kind, path, before, after, false);
        }

        /** One line: {@code + path: value}, {@code - path: value} or {@code ~ path: before -> after}. */
        public String describe() {
            return switch (kind) {
                case ADDED -> "+ " + path + ": " + inline(after);
                case REMOVED -> "- " + path + ": " + inline(before);
                case CHANGED -> "~ " + path + ": " + inline(before) + " -> " + inline(after);
            };
        }

        private static String inline(JsonNode value) {
            String text = value.toString();
            return text.length() > 120 ? text.substring(0, 117) + "..." : text;
        }
    }

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    private JsonDiff() {}

    public static List<Change> between(JsonNode before, JsonNode after) {
        List<Change> changes = new ArrayList<>();
        compare("", before, after, changes, 0);
        return changes;
    }

    private static void compare(String path, JsonNode before, JsonNode after, List<Change> changes, int depth) {
        if (depth >= JsonStreamFormatter.INDENTED_DEPTH && before.isContainerNode() && after.isContainerNode()) {
            if (!before.equals(after)) {
                changes.add(new Change(Kind.CHANGED, path, before, after, true));
            }
        } else if (before.isObject() && after.isObject()) {
            for (Iterator<String> names = before.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                String at = path + key(name);
                if (after.has(name)) {
                    compare(at, before.get(name), after.get(name), changes, depth + 1);
                } else {
                    changes.add(new Change(Kind.REMOVED, at, before.get(name), null));
                }
            }
            for (Iterator<String> names = after.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!before.has(name)) {
                    changes.add(new Change(Kind.ADDED, path + key(name), null, after.get(name)));
                }
            }
        } else if (before.isArray() && after.isArray()) {
            int common = Math.min(before.size(), after.size());
            for (int i = 0; i < common; i++) {
                compare(path + "[" + i + "]", before.get(i), after.get(i), changes, depth + 1);
            }
            for (int i = common; i < before.size(); i++) {
                changes.add(new Change(Kind.REMOVED, path + "[" + i + "]", before.get(i), null));
            }
            for (int i = common; i < after.size(); i++) {
                changes.add(new Change(Kind.ADDED, path + "[" + i + "]", null, after.get(i)));
            }
        } else if (!sameValue(before, after)) {
            changes.add(new Change(Kind.CHANGED, path.isEmpty() ? "." : path, before, after));
        }
    }

    /** Numbers compare by value (1 and 1.0 are the same), everything else exactly. */
    private static boolean sameValue(JsonNode before, JsonNode after) {
        if (before.isNumber() && after.isNumber()) {
            return before.decimalValue().compareTo(after.decimalValue()) == 0;
        }
        return before.equals(after);
    }

    /** A key as jq writes it in a path: {@code .name}, or {@code ["content-type"]} when it is not a name. */
    static String key(String name) {
        if (IDENTIFIER.matcher(name).matches()) {
            return "." + name;
        }
        return "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }
}
