package dev.restsh.server.inventory;

import dev.restsh.server.address.AddressScope;
import dev.restsh.server.address.Cidr;
import dev.restsh.server.address.InvalidAddressException;
import dev.restsh.server.error.ProblemException;
import java.util.Optional;

/** Turns the query parameters of {@code GET /ips} into an {@link IpFilter}, rejecting bad values with a 400. */
public final class IpFilterParser {
    private static final int QUERY_LIMIT = 200;

    private IpFilterParser() {}

    public static IpFilter parse(String version, String scope, String network, String labelContains) {
        return new IpFilter(
                Optional.ofNullable(version).map(IpFilterParser::version),
                Optional.ofNullable(scope).map(IpFilterParser::scope),
                Optional.ofNullable(network).map(IpFilterParser::network),
                Optional.ofNullable(labelContains).map(IpFilterParser::labelContains));
    }

    private static int version(String text) {
        return switch (text) {
            case "4" -> 4;
            case "6" -> 6;
            default ->
                throw ProblemException.badRequest("version must be 4 or 6, not " + ProblemException.quote(text) + ".");
        };
    }

    private static AddressScope scope(String text) {
        try {
            return AddressScope.fromLabel(text);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("Unknown scope " + ProblemException.quote(text)
                    + "; one of unspecified, loopback, private, shared, link-local, multicast, documentation, "
                    + "benchmarking, broadcast, reserved, global.");
        }
    }

    private static Cidr network(String text) {
        try {
            return Cidr.parse(text);
        } catch (InvalidAddressException e) {
            throw ProblemException.badRequest("in=" + ProblemException.quote(text)
                    + " is not a network such as 10.0.0.0/8: " + e.getMessage() + ".");
        }
    }

    private static String labelContains(String text) {
        if (text.length() > QUERY_LIMIT) {
            throw ProblemException.badRequest("q is longer than " + QUERY_LIMIT + " characters.");
        }
        return text;
    }
}
