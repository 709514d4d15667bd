package dev.restsh.server.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restsh.server.inventory.IpChanged;
import dev.restsh.server.inventory.StoredIpRows;
import dev.restsh.server.storage.Database;
import dev.restsh.server.storage.DatabaseKind;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * On PostgreSQL, follows the database's change log (migration V3): {@code LISTEN ip_address_change} on one connection
 * of its own, and on each notification reads the logged rows after the last one it has, in revision order, into the
 * {@link ChangeFeed}. A write on any instance (or by any client of the database) reaches the subscribers of every
 * instance this way. The notification only wakes the reader; the table is the truth, so notifications that arrive
 * together cost one read, and after a lost connection the reader catches up from where it was (or, if the log has
 * moved past it, resets its subscribers).
 */
@Singleton
class PostgresChangeListener {
    private static final Logger LOG = Logger.getLogger(PostgresChangeListener.class);
    private static final String CHANNEL = "ip_address_change";
    private static final String HEAD = "SELECT revision FROM ip_address_change_head";
    /** The entry's columns in {@link StoredIpRows#COLUMNS}'s order, then the change's revision and kind. */
    private static final String AFTER = "SELECT id, address_bytes, label, entry_revision, created_at, updated_at,"
            + " revision, kind FROM ip_address_change WHERE revision > ? ORDER BY revision LIMIT ?";

    private static final int BATCH = 500;
    /** How long one wait for notifications lasts before the thread checks whether it should stop. */
    private static final int WAIT_MILLIS = 500;

    private static final Duration RETRY = Duration.ofSeconds(1);

    private final Database database;
    private final ChangeFeed feed;
    private final ObjectMapper json;
    private final int retained;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean running;
    private Thread thread;
    private long last;

    @Inject
    PostgresChangeListener(Database database, ChangeFeed feed, ObjectMapper json, FeedSettings settings) {
        this.database = database;
        this.feed = feed;
        this.json = json;
        this.retained = Math.max(1, settings.retained());
    }

    void start(@Observes StartupEvent started) throws SQLException {
        if (database.kind() != DatabaseKind.POSTGRESQL) {
            return;
        }
        Connection connection = listen();
        try {
            last = head(connection);
            List<FeedEvent> window = read(connection, Math.max(0, last - retained), retained);
            feed.restart(last, window, null);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        running = true;
        thread = new Thread(() -> follow(connection), "restsh-change-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        if (thread != null) {
            running = false;
            stopped.await(WAIT_MILLIS * 4L, TimeUnit.MILLISECONDS);
        }
    }

    private void follow(Connection first) {
        Connection connection = first;
        try {
            while (running) {
                try {
                    if (connection == null) {
                        connection = listen();
                    }
                    catchUp(connection);
                    awaitNotification(connection);
                } catch (SQLException e) {
                    LOG.warnf("change feed: lost the database (%s); listening again in %s", e.getMessage(), RETRY);
                    close(connection);
                    connection = null;
                    pause();
                }
            }
        } finally {
            close(connection);
            stopped.countDown();
        }
    }

    private Connection listen() throws SQLException {
        Connection connection = database.connection();
        try (Statement listen = connection.createStatement()) {
            listen.execute("LISTEN " + CHANNEL);
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }

    /** Blocks on the connection's socket (no query) until a notification arrives or the wait ends. */
    private static void awaitNotification(Connection connection) throws SQLException {
        connection.unwrap(PGConnection.class).getNotifications(WAIT_MILLIS);
    }

    private void catchUp(Connection connection) throws SQLException {
        List<FeedEvent> batch;
        do {
            batch = read(connection, last, BATCH);
            if (!batch.isEmpty() && batch.get(0).revision() != last + 1) {
                long head = head(connection);
                feed.restart(
                        head,
                        read(connection, Math.max(0, head - retained), retained),
                        "changes " + (last + 1) + " to " + (batch.get(0).revision() - 1) + " were pruned before this"
                                + " instance read them");
                last = head;
                continue;
            }
            for (FeedEvent event : batch) {
                feed.append(event);
                last = event.revision();
            }
        } while (batch.size() == BATCH);
    }

    private List<FeedEvent> read(Connection connection, long after, int limit) throws SQLException {
        List<FeedEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(AFTER)) {
            select.setLong(1, after);
            select.setInt(2, limit);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    IpChanged change =
                            new IpChanged(IpChanged.Kind.fromLabel(row.getString(8)), StoredIpRows.read(row));
                    events.add(FeedEvent.of(row.getLong(7), change, json));
                }
            }
        }
        return events;
    }

    private static long head(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(HEAD);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private void pause() {
        try {
            stopped.await(RETRY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void close(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is gone either way
            }
        }
    }
}
