package dev.restsh.shell.render;

import java.util.Locale;
import java.util.Set;

/**
 * Indents XML or HTML sent on one line, one tag per line, by nesting depth. Cheap and forgiving: it never
 * parses or validates, and a document that already has line breaks is left exactly as it is.
 */
final class MarkupIndenter {
    private static final String INDENT = "    ";
    private static final Set<String> VOID_ELEMENTS = Set.of(
            "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
            "wbr");

    private MarkupIndenter() {}

    static String indent(String text) {
        String trimmed = text.strip();
        if (trimmed.indexOf('\n') >= 0 || !trimmed.startsWith("<")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / 4);
        int depth = 0;
        int at = 0;
        while (at < trimmed.length()) {
            int open = trimmed.indexOf('<', at);
            if (open < 0) {
                line(out, depth, trimmed.substring(at));
                break;
            }
            if (open > at) {
                String content = trimmed.substring(at, open).strip();
                if (!content.isEmpty()) {
                    line(out, depth, content);
                }
            }
            int close = trimmed.indexOf('>', open);
            if (close < 0) {
                line(out, depth, trimmed.substring(open));
                break;
            }
            String tag = trimmed.substring(open, close + 1);
            if (tag.startsWith("</")) {
                depth = Math.max(0, depth - 1);
                line(out, depth, tag);
            } else {
                line(out, depth, tag);
                if (opensElement(tag)) {
                    depth++;
                }
            }
            at = close + 1;
        }
        return out.toString();
    }

    private static boolean opensElement(String tag) {
        if (tag.startsWith("<?") || tag.startsWith("<!") || tag.endsWith("/>")) {
            return false;
        }
        String name = tag.substring(1, tag.length() - 1).split("[\\s/>]", 2)[0].toLowerCase(Locale.ROOT);
        return !VOID_ELEMENTS.contains(name);
    }

    private static void line(StringBuilder out, int depth, String text) {
        out.append(INDENT.repeat(depth)).append(text).append('\n');
    }
}
