package dev.restsh.server.address;

import java.util.ArrayList;
import java.util.List;

/** IPv6 text (RFC 4291 section 2.2) in, canonical RFC 5952 text out. */
final class Ipv6Text {
    private static final int GROUPS = 8;

    private Ipv6Text() {}

    static byte[] parse(String text) {
        if (text.length() > 45) {
            throw new InvalidAddressException("too long for an IPv6 address");
        }
        int gap = text.indexOf("::");
        if (gap >= 0 && text.indexOf("::", gap + 1) >= 0) {
            throw new InvalidAddressException("'::' may appear only once");
        }
        List<Integer> head = groups(gap >= 0 ? text.substring(0, gap) : text, gap < 0);
        List<Integer> tail = gap >= 0 ? groups(text.substring(gap + 2), true) : List.of();
        int given = head.size() + tail.size();
        if (gap < 0 && given != GROUPS) {
            throw new InvalidAddressException("an IPv6 address has eight groups, or '::' for the zero ones");
        }
        if (gap >= 0 && given > GROUPS - 1) {
            throw new InvalidAddressException("'::' must stand for at least one zero group");
        }
        byte[] bytes = new byte[16];
        put(bytes, 0, head);
        put(bytes, GROUPS - tail.size(), tail);
        return bytes;
    }

    private static List<Integer> groups(String part, boolean mayEndInIpv4) {
        List<Integer> groups = new ArrayList<>();
        if (part.isEmpty()) {
            return groups;
        }
        String[] pieces = part.split(":", -1);
        for (int i = 0; i < pieces.length; i++) {
            String piece = pieces[i];
            if (i == pieces.length - 1 && mayEndInIpv4 && piece.indexOf('.') >= 0) {
                byte[] ipv4 = Ipv4Text.parse(piece);
                groups.add(((ipv4[0] & 0xff) << 8) | (ipv4[1] & 0xff));
                groups.add(((ipv4[2] & 0xff) << 8) | (ipv4[3] & 0xff));
            } else {
                groups.add(hexGroup(piece));
            }
        }
        return groups;
    }

    private static int hexGroup(String piece) {
        if (piece.isEmpty() || piece.length() > 4) {
            throw new InvalidAddressException("each IPv6 group is one to four hex digits");
        }
        for (int i = 0; i < piece.length(); i++) {
            if (Character.digit(piece.charAt(i), 16) < 0 || piece.charAt(i) > 'f') {
                throw new InvalidAddressException("each IPv6 group is one to four hex digits");
            }
        }
        return Integer.parseInt(piece, 16);
    }

    private static void put(byte[] bytes, int firstGroup, List<Integer> groups) {
        for (int i = 0; i < groups.size(); i++) {
            bytes[2 * (firstGroup + i)] = (byte) (groups.get(i) >> 8);
            bytes[2 * (firstGroup + i) + 1] = (byte) (int) groups.get(i);
        }
    }

    static String format(byte[] bytes) {
        int[] groups = new int[GROUPS];
        for (int i = 0; i < GROUPS; i++) {
            groups[i] = ((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff);
        }
        if (isIpv4Mapped(groups)) {
            return "::ffff:" + (bytes[12] & 0xff) + "." + (bytes[13] & 0xff) + "." + (bytes[14] & 0xff) + "."
                    + (bytes[15] & 0xff);
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int start = 0; start < GROUPS; ) {
            int end = start;
            while (end < GROUPS && groups[end] == 0) {
                end++;
            }
            if (end - start > bestLength) {
                bestStart = start;
                bestLength = end - start;
            }
            start = end == start ? start + 1 : end;
        }
        StringBuilder text = new StringBuilder(39);
        for (int i = 0; i < GROUPS; i++) {
            if (i == bestStart) {
                text.append("::");
                i += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[i]));
        }
        return text.toString();
    }

    private static boolean isIpv4Mapped(int[] groups) {
        for (int i = 0; i < 5; i++) {
            if (groups[i] != 0) {
                return false;
            }
        }
        return groups[5] == 0xffff;
    }
}
