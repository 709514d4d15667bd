package dev.restsh.shell.render;

/**
 * Text from the network made harmless for a terminal, as {@code less} and {@code git} show it: C0 control
 * characters in caret notation ({@code ESC} as {@code ^[}, {@code BEL} as {@code ^G}), DEL as {@code ^?}, C1
 * controls as {@code <U+009B>}; tab and line feed stay, and so does a carriage return right before a line feed.
 * Nothing else changes, so ordinary text costs one scan.
 */
public final class TerminalText {
    private TerminalText() {}

    /** {@code text} with its control characters made visible; the same string when it has none. */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        int length = text.length();
        int i = 0;
        while (i < length && !control(text, i)) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder shown = new StringBuilder(length + 16).append(text, 0, i);
        for (; i < length; i++) {
            if (control(text, i)) {
                appendVisible(text.charAt(i), shown);
            } else {
                shown.append(text.charAt(i));
            }
        }
        return shown.toString();
    }

    private static boolean control(String text, int i) {
        char c = text.charAt(i);
        if (c >= 0x20 && c < 0x7f || c == '\n' || c == '\t') {
            return false;
        }
        if (c == '\r') {
            return i + 1 >= text.length() || text.charAt(i + 1) != '\n';
        }
        return c == 0x7f || c >= 0x80 && c <= 0x9f || c < 0x20;
    }

    /** The visible form of one control character. */
    static void appendVisible(int c, StringBuilder out) {
        if (c < 0x20) {
            out.append('^').append((char) (c + 0x40));
        } else if (c == 0x7f) {
            out.append("^?");
        } else {
            out.append(String.format("<U+%04X>", c));
        }
    }

    static byte[] visibleBytes(int c) {
        StringBuilder shown = new StringBuilder(8);
        appendVisible(c, shown);
        return shown.toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
