package dev.restsh.server.tutorial;

import dev.restsh.server.paging.PageCursor;
import dev.restsh.server.paging.PagedQuery;
import dev.restsh.server.paging.SqlConditions;
import dev.restsh.server.storage.Database;
import dev.restsh.server.storage.EmbeddedRevision;
import dev.restsh.server.storage.InventoryRevision;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pages of {@code /get_ips} as sent, kept per position and limit under the inventory's change counter: each call
 * reads the counter first, and reuses the page kept at that same counter, if any, else reads the page and keeps it. A
 * write raises the counter after it commits and before it is acknowledged, so a page read before the write is never
 * sent after it.
 *
 * <p>On PostgreSQL the counter is {@link InventoryRevision}, a query, since other instances and clients write too. On
 * the embedded database, when the server is its sole writer ({@link Database#soleWriter}), it is {@link
 * EmbeddedRevision}, kept in this process, and a kept page is sent without touching the database at all. Otherwise (H2
 * in dev mode, or opened for other processes too) nothing is kept.
 */
@Singleton
public class TutorialPages {
    /** Pages kept at the most (one per position and limit asked for); all are dropped when there would be more. */
    static final int KEPT = 64;

    /** The bare addresses, no mapping: two cheap indexed queries. */
    private static final PagedQuery<String> ADDRESSES =
            new PagedQuery<>("ip_address", "id, address", SqlConditions.NONE, row -> row.getString(2));

    private enum Counter {
        IN_PROCESS,
        QUERY,
        NONE
    }

    private final Database database;
    private final EmbeddedRevision embeddedRevision;
    private final Counter counter;
    private final Map<Position, Kept> kept = new ConcurrentHashMap<>();

    @Inject
    TutorialPages(Database database, EmbeddedRevision embeddedRevision) {
        this.database = database;
        this.embeddedRevision = embeddedRevision;
        if (database.soleWriter()) {
            this.counter = Counter.IN_PROCESS;
        } else {
            this.counter = database.kind().inProcess() ? Counter.NONE : Counter.QUERY;
        }
    }

    /** The page, read from the database unless a current one is kept. */
    TutorialPage page(PageCursor after, int limit) throws SQLException {
        Position position = new Position(after.afterId(), limit);
        if (counter == Counter.IN_PROCESS) {
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
            if (counter == Counter.NONE) {
                return TutorialPage.of(ADDRESSES.read(connection, after, limit));
            }
            long revision = InventoryRevision.current(connection);
            TutorialPage known = known(position, revision);
            return known != null ? known : read(connection, position, revision, after);
        }
    }

    /** The kept page, when it is known to be current without asking the database; else null. */
    TutorialPage keptWithoutReading(PageCursor after, int limit) {
        return counter == Counter.IN_PROCESS
                ? known(new Position(after.afterId(), limit), embeddedRevision.current())
                : null;
    }

    private TutorialPage known(Position position, long revision) {
        Kept known = kept.get(position);
        return known != null && known.revision() == revision ? known.page() : null;
    }

    private TutorialPage read(Connection connection, Position position, long revision, PageCursor after)
            throws SQLException {
        TutorialPage page = TutorialPage.of(ADDRESSES.read(connection, after, position.limit()));
        if (kept.size() >= KEPT) {
            kept.clear();
        }
        kept.put(position, new Kept(revision, page));
        return page;
    }

    private record Position(long afterId, int limit) {}

    private record Kept(long revision, TutorialPage page) {}
}
