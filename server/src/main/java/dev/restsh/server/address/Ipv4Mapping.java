package dev.restsh.server.address;

import java.util.Arrays;
import java.util.Optional;

/** IPv4-mapped IPv6 addresses ({@code ::ffff:0:0/96}) stand for the IPv4 address in their last four bytes. */
final class Ipv4Mapping {
    private static final byte[] PREFIX = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff};

    private Ipv4Mapping() {}

    static Optional<IpAddress> embeddedIpv4(IpAddress address) {
        byte[] bytes = address.bytes();
        if (bytes.length == 16 && Arrays.equals(bytes, 0, 12, PREFIX, 0, 12)) {
            return Optional.of(new IpAddress(Arrays.copyOfRange(bytes, 12, 16)));
        }
        return Optional.empty();
    }
}
