package dev.restsh.server.inventory;

import dev.restsh.server.address.IpAddress;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What a write to {@code /ips/{ip}} says besides its body ({@code @BeanParam}): the address and its preconditions. */
public class IpItemRequest {
    @Parameter(description = "The address in any valid spelling", example = "10.0.0.1")
    @PathParam("ip")
    String ip;

    @HeaderParam(HttpHeaders.IF_MATCH)
    String ifMatch;

    @HeaderParam(HttpHeaders.IF_NONE_MATCH)
    String ifNoneMatch;

    /** The address in the path; a 400 problem when it is not one. */
    IpAddress address() {
        return IpInputReader.address(ip);
    }

    /**
     * Checks If-Match and If-None-Match against the current row (412 when one fails); returns the row a conditional
     * write must still find, or empty for an unconditional write.
     */
    Optional<StoredIp> expected(IpAddress address, Optional<StoredIp> current) {
        Optional<StoredIp> expected = Preconditions.ifMatch(ifMatch, current, address);
        Preconditions.ifNoneMatch(ifNoneMatch, current, address);
        return expected;
    }

    boolean hasIfMatch() {
        return ifMatch != null;
    }

    boolean hasIfNoneMatch() {
        return ifNoneMatch != null;
    }
}
