package dev.restsh.shell.render;

/** UTF-8's well-formedness rules (Unicode table 3-7) for one multi-byte sequence. */
final class Utf8 {
    /** The sequence goes on past the bytes at hand. */
    static final int CUT = -1;
    /** Not a well-formed sequence at this lead byte. */
    static final int INVALID = 0;

    private Utf8() {}

    /** The length of the sequence whose lead byte (at least 0x80) is at {@code at}, or {@link #CUT} or {@link #INVALID}. */
    static int sequence(byte[] bytes, int at, int end) {
        int valid = validPrefix(bytes, at, end);
        return valid > 0 ? valid : valid == CUT ? CUT : INVALID;
    }

    /**
     * The bytes an ill-formed sequence at {@code at} spans (its lead byte and the continuation bytes valid so far),
     * replaced by one U+FFFD as the Unicode standard recommends.
     */
    static int invalidLength(byte[] bytes, int at, int end) {
        return -validPrefix(bytes, at, end) - 1;
    }

    /** A whole sequence's length; CUT; or minus one minus the length of its ill-formed part. */
    private static int validPrefix(byte[] bytes, int at, int end) {
        int lead = bytes[at] & 0xff;
        int size = lead >= 0xc2 && lead <= 0xdf
                ? 2
                : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
        if (size == 0) {
            return -2;
        }
        for (int k = 1; k < size; k++) {
            if (at + k >= end) {
                return CUT;
            }
            int b = bytes[at + k] & 0xff;
            int low = 0x80;
            int high = 0xbf;
            if (k == 1) {
                low = lead == 0xe0 ? 0xa0 : lead == 0xf0 ? 0x90 : 0x80;
                high = lead == 0xed ? 0x9f : lead == 0xf4 ? 0x8f : 0xbf;
            }
            if (b < low || b > high) {
                return -k - 1;
            }
        }
        return size;
    }
}
