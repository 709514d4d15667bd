package dev.restsh.shell.request;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;

/**
 * curl's {@code --data-urlencode}: {@code content}, {@code =content}, {@code name=content}, {@code @file} and
 * {@code name@file}, encoded as curl encodes (only letters, digits and {@code -._~} kept, space as {@code +}).
 */
final class CurlUrlencode {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private CurlUrlencode() {}

    /** The encoded field; {@code readFile} gives a file's text. */
    static String field(String value, UnaryOperator<String> readFile) {
        int split = indexOfAny(value, "=@");
        if (split < 0) {
            return escape(value);
        }
        String name = value.substring(0, split);
        String rest = value.substring(split + 1);
        String content = value.charAt(split) == '@' ? readFile.apply(rest) : rest;
        return name.isEmpty() ? escape(content) : name + "=" + escape(content);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
