package dev.restsh.server.inventory;

import dev.restsh.server.address.AddressScope;
import dev.restsh.server.address.Cidr;
import java.util.Optional;

/** The filters of {@code GET /ips}; each absent one matches everything. */
public record IpFilter(
        Optional<Integer> version,
        Optional<AddressScope> scope,
        Optional<Cidr> network,
        Optional<String> labelContains) {

    public static final IpFilter NONE =
            new IpFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
