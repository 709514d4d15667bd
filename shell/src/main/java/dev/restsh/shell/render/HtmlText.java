package dev.restsh.shell.render;

import java.util.Locale;

/** Text from a server or a document placed in an HTML page (run reports, coverage pages): never markup, never raw. */
public final class HtmlText {
    private HtmlText() {}

    /**
     * The text as HTML text or attribute value: markup characters escaped, control characters (a server's ANSI
     * escapes) shown as {@code \xNN}; newlines and tabs kept.
     */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' || c == 0x7f) {
                        out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
