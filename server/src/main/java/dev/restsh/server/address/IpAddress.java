package dev.restsh.server.address;

import java.util.Arrays;

/**
 * A validated IPv4 or IPv6 address: its bytes (4 or 16), its canonical text (dotted quad, or RFC 5952 for IPv6:
 * lower case, no leading zeros, the longest run of zero groups as {@code ::}), and the values calculated from it.
 */
public final class IpAddress {
    private final byte[] bytes;
    private final String canonical;

    IpAddress(byte[] bytes) {
        if (bytes.length != 4 && bytes.length != 16) {
            throw new IllegalArgumentException("an address has 4 or 16 bytes");
        }
        this.bytes = bytes.clone();
        this.canonical = bytes.length == 4 ? Ipv4Text.format(bytes) : Ipv6Text.format(bytes);
    }

    /** The address stored as these 4 or 16 bytes (network order). */
    public static IpAddress fromBytes(byte[] bytes) {
        return new IpAddress(bytes);
    }

    /** Parses IPv4 or IPv6 text strictly (no host names, zones, prefixes or surrounding spaces). */
    public static IpAddress parse(String text) {
        if (text == null) {
            throw new InvalidAddressException("no address given");
        }
        return new IpAddress(text.indexOf(':') >= 0 ? Ipv6Text.parse(text) : Ipv4Text.parse(text));
    }

    public int version() {
        return bytes.length == 4 ? 4 : 6;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public String canonical() {
        return canonical;
    }

    public AddressScope scope() {
        return AddressScope.of(this);
    }

    /** The reverse-DNS name, computed (never looked up): {@code 4.3.2.1.in-addr.arpa} or nibbles under ip6.arpa. */
    public String ptr() {
        StringBuilder name = new StringBuilder();
        if (version() == 4) {
            for (int i = 3; i >= 0; i--) {
                name.append(bytes[i] & 0xff).append('.');
            }
            return name.append("in-addr.arpa").toString();
        }
        for (int i = 15; i >= 0; i--) {
            name.append(Character.forDigit(bytes[i] & 0x0f, 16)).append('.');
            name.append(Character.forDigit((bytes[i] >> 4) & 0x0f, 16)).append('.');
        }
        return name.append("ip6.arpa").toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpAddress address && Arrays.equals(bytes, address.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return canonical;
    }
}
