package dev.restsh.server.inventory;

import dev.restsh.server.address.IpAddress;
import java.time.OffsetDateTime;

/** One row of the inventory: the address with its label, times and revision (which makes its ETag). */
public record StoredIp(
        long id, IpAddress address, String label, long revision, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** Changes whenever the row changes, and differs between a deleted row and its re-creation. */
    public String entityTag() {
        return "\"" + id + "-" + revision + "\"";
    }

    public IpView view() {
        IpAddress ip = address;
        return new IpView(ip.canonical(), label, ip.version(), ip.scope().label(), ip.ptr(), createdAt, updatedAt);
    }
}
