package dev.restsh.server.address;

import java.util.Arrays;

/** A network in CIDR notation, such as {@code 10.0.0.0/8}; host bits given after the prefix are ignored. */
public record Cidr(IpAddress network, int prefix) {

    public static Cidr parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            throw new InvalidAddressException("a network is written address/prefix, such as 10.0.0.0/8");
        }
        IpAddress address = IpAddress.parse(text.substring(0, slash));
        String length = text.substring(slash + 1);
        int bits = address.bytes().length * 8;
        if (length.isEmpty() || length.length() > 3 || !length.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidAddressException("the prefix length is a number from 0 to " + bits);
        }
        int prefix = Integer.parseInt(length);
        if (prefix > bits || (length.length() > 1 && length.charAt(0) == '0')) {
            throw new InvalidAddressException("the prefix length is a number from 0 to " + bits);
        }
        return new Cidr(new IpAddress(masked(address.bytes(), prefix, false)), prefix);
    }

    /** The lowest address of the network (all host bits clear). */
    public byte[] first() {
        return network.bytes();
    }

    /** The highest address of the network (all host bits set). */
    public byte[] last() {
        return masked(network.bytes(), prefix, true);
    }

    static boolean contains(IpAddress network, int prefix, IpAddress address) {
        byte[] net = network.bytes();
        byte[] candidate = address.bytes();
        if (net.length != candidate.length) {
            return false;
        }
        return Arrays.equals(masked(candidate, prefix, false), net);
    }

    private static byte[] masked(byte[] bytes, int prefix, boolean setHostBits) {
        byte[] result = bytes.clone();
        for (int bit = prefix; bit < result.length * 8; bit++) {
            int mask = 0x80 >>> (bit % 8);
            result[bit / 8] = (byte) (setHostBits ? result[bit / 8] | mask : result[bit / 8] & ~mask);
        }
        return result;
    }
}
