package dev.restsh.server.ip;

import dev.restsh.server.storage.Database;
import dev.restsh.server.storage.EmbeddedRevision;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages of {@code /get_ips} as sent, kept per position and limit under the inventory's change counter: each call
 * reads the counter first, and reuses the page kept at that same counter, if any, else reads the page and keeps it. A
 * write that commits after the counter was read raises it, so the next call reads again. Nothing can go stale, on one
 * instance or many.
 *
 * <p>On PostgreSQL the counter is {@link InventoryRevision}, a query: other instances and clients write too. On the
 * embedded database it is {@link EmbeddedRevision}, kept in this process, so a page kept is sent without touching the
 * database at all.
 */
@Singleton
public class TutorialPages {
    /** Pages kept at the most (one per position and limit asked for); all are dropped when there would be more. */
    static final int KEPT = 64;

    private final Database database;
    private final AddressListQuery addresses;
    private final EmbeddedRevision embeddedRevision;
    private final boolean embedded;
    private final Map<Position, Kept> kept = new ConcurrentHashMap<>();

    @Inject
    TutorialPages(Database database, AddressListQuery addresses, EmbeddedRevision embeddedRevision) {
        this.database = database;
        this.addresses = addresses;
        this.embeddedRevision = embeddedRevision;
        this.embedded = database.kind().inProcess();
    }

    TutorialPage page(PageCursor after, int limit) throws SQLException {
        Position position = new Position(after.afterId(), limit);
        if (embedded) {
            long revision = embeddedRevision.current();
            TutorialPage known = known(position, revision);
            if (known != null) {
                return known;
            }
            try (Connection connection = database.connection()) {
                return read(connection, position, revision, after);
            }
        }
        try (Connection connection = database.connection()) {
            long revision = InventoryRevision.current(connection);
            TutorialPage known = known(position, revision);
            return known != null ? known : read(connection, position, revision, after);
        }
    }

    private TutorialPage known(Position position, long revision) {
        Kept known = kept.get(position);
        return known != null && known.revision() == revision ? known.page() : null;
    }

    private TutorialPage read(Connection connection, Position position, long revision, PageCursor after)
            throws SQLException {
        TutorialPage page = TutorialPage.of(addresses.page(connection, after, position.limit()));
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        kept.put(position, new Kept(revision, page));
        return page;
    }

    private record Position(long afterId, int limit) {}

    private record Kept(long revision, TutorialPage page) {}
}
