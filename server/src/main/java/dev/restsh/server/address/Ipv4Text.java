package dev.restsh.server.address;

/** Dotted-quad text: four decimal numbers 0–255 without leading zeros (which some tools read as octal). */
final class Ipv4Text {
    private Ipv4Text() {}

    static byte[] parse(String text) {
        byte[] bytes = new byte[4];
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new InvalidAddressException("an IPv4 address has four dot-separated numbers");
        }
        for (int i = 0; i < 4; i++) {
            bytes[i] = (byte) octet(parts[i]);
        }
        return bytes;
    }

    static int octet(String part) {
        if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidAddressException("each IPv4 part is a number from 0 to 255");
        }
        if (part.length() > 1 && part.charAt(0) == '0') {
            throw new InvalidAddressException("IPv4 parts have no leading zeros");
        }
        int value = Integer.parseInt(part);
        if (value > 255) {
            throw new InvalidAddressException("each IPv4 part is a number from 0 to 255");
        }
        return value;
    }

    static String format(byte[] bytes) {
        return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + "." + (bytes[3] & 0xff);
    }
}
