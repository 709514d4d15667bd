package dev.restsh.shell.inspect;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The names the language knows, for Tab completion: the builtins and constants that can start an operand, the
 * attributes and methods after a dot on a value, the keys inside {@code ['} on a mapping.
 */
public final class ExpressionNames {
    /** Python's constants, offered with the builtins. */
    public static final List<String> CONSTANTS = List.of("False", "None", "True");

    private static final int SUMMARY_WIDTH = 40;

    private ExpressionNames() {}

    /** Every builtin function and type, by name, with its signature ({@code class str} for a type). */
    public static Map<String, String> builtins() {
        Map<String, String> builtins = new TreeMap<>();
        Builtins.FUNCTIONS.forEach(name -> builtins.put(name, Help.signature(name)));
        Builtins.TYPES.forEach(name -> builtins.put(name, "class " + name));
        return builtins;
    }

    /** What may follow {@code value.}: a str's methods, a dict's methods, a Response's attributes. */
    public static List<String> afterDot(Object value) {
        return Values.of(value).namesAfterDot();
    }

    /**
     * The string keys of a mapping (anything with a {@code keys} method, as {@code dict(x)} decides), each with a
     * short summary of its value; empty for anything else.
     */
    public static Map<String, String> keys(Object value) {
        Inspectable mapping = Values.of(value);
        Map<String, String> keys = new LinkedHashMap<>();
        if (!mapping.namesAfterDot().contains("keys")) {
            return keys;
        }
        for (Iterator<Object> it = mapping.iterator(); it.hasNext(); ) {
            if (Values.plain(it.next()) instanceof String key) {
                keys.put(key, summary(mapping.getItem(key)));
            }
        }
        return keys;
    }

    /** A container as its type and size ({@code list (2)}), anything else as its repr, cut to fit a column. */
    static String summary(Object value) {
        Inspectable item = Values.of(value);
        String kind = item.typeName();
        if (List.of("dict", "list", "tuple", "set").contains(kind)) {
            return kind + " (" + item.len() + ")";
        }
        String repr = PythonRepr.of(value);
        return repr.length() > SUMMARY_WIDTH ? repr.substring(0, SUMMARY_WIDTH - 3) + "..." : repr;
    }
}
