package dev.restsh.server.storage;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The change counter of the inventory on the embedded database, kept in this process. H2 locks its database file to
 * the one process that opened it, so every write to it is made here (see {@link Database#soleWriter}), by {@code
 * IpRepository}, which raises this counter once a write is committed and before it answers. (On PostgreSQL other
 * instances write too, and the counter is a table that a trigger raises: {@link InventoryRevision}.)
 */
@Singleton
public class EmbeddedRevision {
    private final AtomicLong revision = new AtomicLong();

    /** The current revision: read it before reading the data to keep under it. */
    public long current() {
        return revision.get();
    }

    /** Call after a write to {@code ip_address} is committed, before anyone is told of it. */
    public void raise() {
        revision.incrementAndGet();
    }
}
