package dev.restsh.shell.inspect;

import dev.restsh.shell.render.JsonStreamFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code pprint.pformat} (width 80, dicts sorted by key): a value whose repr fits on the line prints as
 * its repr; a dict, list, tuple, set or string that does not is broken one item per line, exactly where pprint
 * breaks it. Past {@link JsonStreamFormatter#INDENTED_DEPTH} levels a value is written as its repr on one line, so
 * deep nesting cannot turn into output out of proportion to the value.
 */
public final class PrettyPrinter {
    private static final Pattern WORDS = Pattern.compile("\\S*\\s*");

    private final int width;
    private final StringBuilder out = new StringBuilder();
    private boolean flattened;

    /** The printed form, and whether some of it nested too deep to break and was written on one line. */
    public record Printed(String text, boolean flattened) {}

    private PrettyPrinter(int width) {
        this.width = width;
    }

    public static String format(Object value) {
        return format(value, 80);
    }

    public static String format(Object value, int width) {
        return print(value, width).text();
    }

    public static Printed print(Object value, int width) {
        PrettyPrinter printer = new PrettyPrinter(width);
        printer.format(value, 0, 0, 0);
        return new Printed(printer.out.toString(), printer.flattened);
    }

    private void format(Object value, int indent, int allowance, int level) {
        Budget.current().step();
        String repr = safeRepr(value);
        boolean tooLong = length(repr) > width - indent - allowance;
        if (tooLong && level >= JsonStreamFormatter.INDENTED_DEPTH) {
            flattened = true;
        } else if (tooLong) {
            Object plain = Values.plain(value);
            Inspectable kind = Values.of(plain);
            if (kind instanceof MappingValue dict) {
                dict(dict, indent, allowance, level + 1);
                return;
            }
            if (kind instanceof ListValue list) {
                out.append('[');
                items(Values.list(list), indent, allowance + 1, level + 1);
                out.append(']');
                return;
            }
            if (plain instanceof Tuple tuple) {
                String end = tuple.len() == 1 ? ",)" : ")";
                out.append('(');
                items(tuple.items(), indent, allowance + end.length(), level + 1);
                out.append(end);
                return;
            }
            if (plain instanceof SetValue set && set.len() > 0) {
                List<Object> items = Values.list(set);
                items.sort(safeOrder());
                out.append('{');
                items(items, indent, allowance + 1, level + 1);
                out.append('}');
                return;
            }
            if (plain instanceof String text && !text.isEmpty()) {
                string(text, indent, allowance, level + 1);
                return;
            }
        }
        out.append(repr);
    }

    private void dict(MappingValue dict, int indent, int allowance, int level) {
        out.append('{');
        List<Object> keys = sortedKeys(dict);
        indent += 1;
        for (int i = 0; i < keys.size(); i++) {
            boolean last = i == keys.size() - 1;
            String key = safeRepr(keys.get(i));
            out.append(key).append(": ");
            format(dict.lookup(keys.get(i)), indent + length(key) + 2, last ? allowance + 1 : 1, level);
            if (!last) {
                out.append(",\n").append(" ".repeat(indent));
            }
        }
        out.append('}');
    }

    private void items(List<Object> items, int indent, int allowance, int level) {
        indent += 1;
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            if (i > 0) {
                out.append(",\n").append(" ".repeat(indent));
            }
            format(items.get(i), indent, last ? allowance : 1, level);
        }
    }

    /** pprint's {@code _pprint_str}: a long string as adjacent literals, split after spaces and line ends. */
    private void string(String text, int indent, int allowance, int level) {
        List<String> chunks = new ArrayList<>();
        List<Object> lines = Strings.splitlines(text, true);
        if (level == 1) {
            indent += 1;
            allowance += 1;
        }
        int maxWidth = width - indent;
        int maxWidth1 = maxWidth;
        String repr = "";
        for (int i = 0; i < lines.size(); i++) {
            String line = (String) lines.get(i);
            repr = PythonRepr.string(line);
            if (i == lines.size() - 1) {
                maxWidth1 -= allowance;
            }
            if (length(repr) <= maxWidth1) {
                chunks.add(repr);
                continue;
            }
            List<String> parts = new ArrayList<>();
            Matcher words = WORDS.matcher(line);
            while (words.find() && words.end() > words.start()) {
                parts.add(words.group());
            }
            int maxWidth2 = maxWidth;
            String current = "";
            for (int j = 0; j < parts.size(); j++) {
                String candidate = current + parts.get(j);
                if (j == parts.size() - 1 && i == lines.size() - 1) {
                    maxWidth2 -= allowance;
                }
                if (length(PythonRepr.string(candidate)) > maxWidth2) {
                    if (!current.isEmpty()) {
                        chunks.add(PythonRepr.string(current));
                    }
                    current = parts.get(j);
                } else {
                    current = candidate;
                }
            }
            if (!current.isEmpty()) {
                chunks.add(PythonRepr.string(current));
            }
        }
        if (chunks.size() == 1) {
            out.append(repr);
            return;
        }
        out.append(level == 1 ? "(" : "");
        for (int i = 0; i < chunks.size(); i++) {
            out.append(i > 0 ? "\n" + " ".repeat(indent) : "").append(chunks.get(i));
        }
        out.append(level == 1 ? ")" : "");
    }

    /** pprint's {@code _safe_repr}: Python's repr with the keys of every dict sorted. */
    static String safeRepr(Object value) {
        Object plain = Values.plain(value);
        Inspectable kind = Values.of(plain);
        if (kind instanceof MappingValue dict) {
            StringBuilder text = new StringBuilder("{");
            String separator = "";
            for (Object key : sortedKeys(dict)) {
                text.append(separator).append(safeRepr(key)).append(": ").append(safeRepr(dict.lookup(key)));
                separator = ", ";
            }
            return text.append('}').toString();
        }
        if (kind instanceof ListValue || plain instanceof Tuple) {
            List<Object> items = Values.list(plain);
            StringBuilder text = new StringBuilder(plain instanceof Tuple ? "(" : "[");
            for (int i = 0; i < items.size(); i++) {
                text.append(i > 0 ? ", " : "").append(safeRepr(items.get(i)));
            }
            return text.append(plain instanceof Tuple ? (items.size() == 1 ? ",)" : ")") : "]")
                    .toString();
        }
        return PythonRepr.of(plain);
    }

    private static List<Object> sortedKeys(MappingValue dict) {
        List<Object> keys = dict.keys();
        keys.sort(safeOrder());
        return keys;
    }

    /** pprint's {@code _safe_key}: natural order, or by type name when two kinds do not order. */
    private static Comparator<Object> safeOrder() {
        return (a, b) -> {
            try {
                return Values.compare(a, b, "<");
            } catch (ExpressionException e) {
                return Values.typeName(a).compareTo(Values.typeName(b));
            }
        };
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
