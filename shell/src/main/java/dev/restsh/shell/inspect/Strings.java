package dev.restsh.shell.inspect;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/** Python's str methods that take more than a line: split, strip, join, replace, find, count, partition. */
final class Strings {
    private Strings() {}

    static String text(Object value, String method) {
        if (Values.plain(value) instanceof String text) {
            return text;
        }
        throw new ExpressionException(
                "TypeError: must be str, not " + Values.typeName(value) + " (in " + method + "())", -1);
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x85;
    }

    static String strip(String text, String how, Object chars) {
        String set = chars == null || Values.plain(chars) == null ? null : text(chars, how);
        int start = 0;
        int end = text.length();
        if (!how.equals("rstrip")) {
            while (start < end && strippable(text.codePointAt(start), set)) {
                start += Character.charCount(text.codePointAt(start));
            }
        }
        if (!how.equals("lstrip")) {
            while (end > start && strippable(text.codePointBefore(end), set)) {
                end -= Character.charCount(text.codePointBefore(end));
            }
        }
        return text.substring(start, end);
    }

    private static boolean strippable(int c, String set) {
        return set == null ? isSpace(c) : set.indexOf(Character.toString(c)) >= 0;
    }

    static boolean affix(String text, String how, Object affix) {
        Object plain = Values.plain(affix);
        if (plain instanceof Tuple tuple) {
            for (Object item : tuple.items()) {
                if (affix(text, how, item)) {
                    return true;
                }
            }
            return false;
        }
        if (!(plain instanceof String part)) {
            throw new ExpressionException(
                    "TypeError: " + how + " first arg must be str or a tuple of str, not " + Values.typeName(affix),
                    -1);
        }
        return how.equals("startswith") ? text.startsWith(part) : text.endsWith(part);
    }

    static List<Object> split(String text, boolean fromRight, Object separator, Object maxSplit) {
        long limit = Numbers.integer(Values.plain(maxSplit)).longValue();
        if (limit < 0) {
            limit = Long.MAX_VALUE;
        }
        String sep = Values.plain(separator) == null ? null : text(separator, "split");
        List<Object> parts = new ArrayList<>();
        if (sep == null) {
            String rest = fromRight ? strip(text, "rstrip", null) : strip(text, "lstrip", null);
            while (!rest.isEmpty()) {
                Budget.current().items(1);
                if (limit-- == 0) {
                    parts.add(fromRight ? strip(rest, "rstrip", null) : strip(rest, "lstrip", null));
                    break;
                }
                if (fromRight) {
                    int end = rest.length();
                    int start = end;
                    while (start > 0 && !isSpace(rest.codePointBefore(start))) {
                        start -= Character.charCount(rest.codePointBefore(start));
                    }
                    parts.add(rest.substring(start, end));
                    rest = strip(rest.substring(0, start), "rstrip", null);
                } else {
                    int end = 0;
                    while (end < rest.length() && !isSpace(rest.codePointAt(end))) {
                        end += Character.charCount(rest.codePointAt(end));
                    }
                    parts.add(rest.substring(0, end));
                    rest = strip(rest.substring(end), "lstrip", null);
                }
            }
        } else {
            if (sep.isEmpty()) {
                throw new ExpressionException("ValueError: empty separator", -1);
            }
            String rest = text;
            while (true) {
                Budget.current().items(1);
                int at = limit-- == 0 ? -1 : fromRight ? rest.lastIndexOf(sep) : rest.indexOf(sep);
                if (at < 0) {
                    parts.add(rest);
                    break;
                }
                if (fromRight) {
                    parts.add(rest.substring(at + sep.length()));
                    rest = rest.substring(0, at);
                } else {
                    parts.add(rest.substring(0, at));
                    rest = rest.substring(at + sep.length());
                }
            }
        }
        if (fromRight) {
            Collections.reverse(parts);
        }
        return parts;
    }

    static String join(String separator, Object iterable) {
        StringBuilder out = new StringBuilder();
        int index = 0;
        Budget budget = Budget.current();
        for (Iterator<Object> it = Values.iterator(iterable); it.hasNext(); index++) {
            Object item = it.next();
            if (!(Values.plain(item) instanceof String text)) {
                throw new ExpressionException(
                        "TypeError: sequence item " + index + ": expected str instance, " + Values.typeName(item)
                                + " found",
                        -1);
            }
            budget.items(text.length() + (index > 0 ? separator.length() : 0));
            out.append(index > 0 ? separator : "").append(text);
        }
        return out.toString();
    }

    static String replace(String text, List<Object> args) {
        String old = text(args.get(0), "replace");
        String replacement = text(args.get(1), "replace");
        long count =
                args.size() > 2 ? Numbers.integer(Values.plain(args.get(2))).longValue() : -1;
        if (count < 0) {
            count = Long.MAX_VALUE;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        if (old.isEmpty()) {
            List<Object> characters = StrValue.characters(text);
            for (Object c : characters) {
                if (count-- > 0) {
                    out.append(replacement);
                }
                out.append(c);
            }
            if (count > 0) {
                out.append(replacement);
            }
            Budget.current().items(out.length());
            return out.toString();
        }
        while (count-- > 0) {
            int at = text.indexOf(old, from);
            if (at < 0) {
                break;
            }
            Budget.current().items(replacement.length());
            out.append(text, from, at).append(replacement);
            from = at + old.length();
        }
        return out.append(text.substring(from)).toString();
    }

    static BigInteger find(String text, String part) {
        int at = text.indexOf(part);
        return BigInteger.valueOf(at < 0 ? -1 : text.codePointCount(0, at));
    }

    static BigInteger count(String text, String part) {
        if (part.isEmpty()) {
            return BigInteger.valueOf(text.codePointCount(0, text.length()) + 1L);
        }
        long count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return BigInteger.valueOf(count);
    }

    static Tuple partition(String text, String separator) {
        if (separator.isEmpty()) {
            throw new ExpressionException("ValueError: empty separator", -1);
        }
        int at = text.indexOf(separator);
        return at < 0
                ? new Tuple(Arrays.asList(text, "", ""))
                : new Tuple(Arrays.asList(text.substring(0, at), separator, text.substring(at + separator.length())));
    }

    static List<Object> splitlines(String text, boolean keepEnds) {
        List<Object> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int end = i;
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i += 2;
            } else if ("\n\r\u000b\f\u001c\u001d\u001e\u0085\u2028\u2029".indexOf(c) >= 0) {
                i++;
            } else {
                i++;
                continue;
            }
            Budget.current().items(1);
            lines.add(text.substring(start, keepEnds ? i : end));
            start = i;
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
