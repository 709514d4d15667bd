package dev.restsh.server.address;

import java.util.List;
import java.util.Locale;

/** Where an address is meant to be used, from the IANA special-purpose address registries. */
public enum AddressScope {
    UNSPECIFIED,
    LOOPBACK,
    PRIVATE,
    SHARED,
    LINK_LOCAL,
    MULTICAST,
    DOCUMENTATION,
    BENCHMARKING,
    BROADCAST,
    RESERVED,
    GLOBAL;

    private record Block(IpAddress network, int prefix, AddressScope scope) {
        static Block of(String cidr, AddressScope scope) {
            Cidr parsed = Cidr.parse(cidr);
            return new Block(parsed.network(), parsed.prefix(), scope);
        }
    }

    /** Most specific first; the first block that holds the address decides. */
    private static final List<Block> BLOCKS = List.of(
            Block.of("255.255.255.255/32", BROADCAST),
            Block.of("0.0.0.0/32", UNSPECIFIED),
            Block.of("0.0.0.0/8", RESERVED),
            Block.of("127.0.0.0/8", LOOPBACK),
            Block.of("10.0.0.0/8", PRIVATE),
            Block.of("172.16.0.0/12", PRIVATE),
            Block.of("192.168.0.0/16", PRIVATE),
            Block.of("100.64.0.0/10", SHARED),
            Block.of("169.254.0.0/16", LINK_LOCAL),
            Block.of("224.0.0.0/4", MULTICAST),
            Block.of("192.0.2.0/24", DOCUMENTATION),
            Block.of("198.51.100.0/24", DOCUMENTATION),
            Block.of("203.0.113.0/24", DOCUMENTATION),
            Block.of("198.18.0.0/15", BENCHMARKING),
            Block.of("192.0.0.0/24", RESERVED),
            Block.of("240.0.0.0/4", RESERVED),
            Block.of("::/128", UNSPECIFIED),
            Block.of("::1/128", LOOPBACK),
            Block.of("fe80::/10", LINK_LOCAL),
            Block.of("fc00::/7", PRIVATE),
            Block.of("ff00::/8", MULTICAST),
            Block.of("2001:db8::/32", DOCUMENTATION),
            Block.of("3fff::/20", DOCUMENTATION),
            Block.of("2001:2::/48", BENCHMARKING),
            Block.of("100::/64", RESERVED));

    /** The name used in JSON and in the {@code scope=} filter, such as {@code link-local}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static AddressScope fromLabel(String label) {
        for (AddressScope scope : values()) {
            if (scope.label().equals(label)) {
                return scope;
            }
        }
        throw new IllegalArgumentException("unknown scope");
    }

    static AddressScope of(IpAddress address) {
        IpAddress subject = Ipv4Mapping.embeddedIpv4(address).orElse(address);
        for (Block block : BLOCKS) {
            if (Cidr.contains(block.network(), block.prefix(), subject)) {
                return block.scope();
            }
        }
        return GLOBAL;
    }
}
