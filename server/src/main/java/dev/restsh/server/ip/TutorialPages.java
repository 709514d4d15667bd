package dev.restsh.server.ip;

import dev.restsh.server.storage.Database;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages of {@code /get_ips} as sent. Each call reads the {@link InventoryRevision} and reuses the page built at that
 * same revision, if any, else reads the page and keeps it. The revision is read before the page: a write that commits
 * in between raises it, so the next call reads again. Nothing can go stale, on one instance or many.
 */
@Singleton
public class TutorialPages {
    /** Pages kept at the most (one per position and limit asked for); all are dropped when there would be more. */
    static final int KEPT = 64;

    private final Database database;
    private final AddressListQuery addresses;
    private final Map<Position, Kept> kept = new ConcurrentHashMap<>();

    @Inject
    TutorialPages(Database database, AddressListQuery addresses) {
        this.database = database;
        this.addresses = addresses;
    }

    TutorialPage page(PageCursor after, int limit) throws SQLException {
        Position position = new Position(after.afterId(), limit);
        try (Connection connection = database.connection()) {
            long revision = InventoryRevision.current(connection);
            Kept known = kept.get(position);
            if (known != null && known.revision() == revision) {
                return known.page();
            }
            TutorialPage page = TutorialPage.of(addresses.page(connection, after, limit));
            if (kept.size() >= KEPT) {
                kept.clear();
            }
            kept.put(position, new Kept(revision, page));
            return page;
        }
    }

    private record Position(long afterId, int limit) {}

    private record Kept(long revision, TutorialPage page) {}
}
