package dev.restsh.shell.oauth;

/**
 * Text from the authorization server (error descriptions, user codes, URLs) made safe for a terminal: control
 * characters are shown as {@code \\uXXXX} instead of being written, so a server cannot move the cursor or
 * recolour the screen.
 */
final class ServerText {
    private ServerText() {}

    static String safe(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
