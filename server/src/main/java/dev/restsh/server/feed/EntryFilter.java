package dev.restsh.server.feed;

import dev.restsh.server.address.Cidr;
import dev.restsh.server.address.IpAddress;
import dev.restsh.server.inventory.IpFilter;
import dev.restsh.server.inventory.StoredIp;
import java.util.Arrays;
import java.util.Locale;

/** The filters of {@code GET /ips} applied to one changed entry, so a subscriber sees what that listing would show. */
record EntryFilter(IpFilter filter) {
    static final EntryFilter ALL = new EntryFilter(IpFilter.NONE);

    boolean matches(StoredIp entry) {
        IpAddress address = entry.address();
        return filter.version().map(v -> v == address.version()).orElse(true)
                && filter.scope().map(s -> s == address.scope()).orElse(true)
                && filter.network().map(n -> inside(n, address)).orElse(true)
                && filter.labelContains()
                        .map(q -> entry.label().toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT)))
                        .orElse(true);
    }

    private static boolean inside(Cidr network, IpAddress address) {
        byte[] bytes = address.bytes();
        return bytes.length == network.first().length
                && Arrays.compareUnsigned(network.first(), bytes) <= 0
                && Arrays.compareUnsigned(bytes, network.last()) <= 0;
    }
}
