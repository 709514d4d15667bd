package dev.restsh.shell.inspect;

/** Helpers for bytes literals and values. */
final class Bytes {
    private Bytes() {}

    /** A bytes literal's characters as bytes; only ASCII (and \x escapes) may appear, as in Python. */
    static byte[] latin1(String text, int position) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > 0xff) {
                throw new ExpressionException("SyntaxError: bytes can only contain ASCII literal characters", position);
            }
            bytes[i] = (byte) c;
        }
        return bytes;
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
