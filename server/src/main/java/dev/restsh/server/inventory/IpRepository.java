package dev.restsh.server.inventory;

import dev.restsh.server.address.IpAddress;
import dev.restsh.server.storage.Database;
import dev.restsh.server.storage.DatabaseKind;
import dev.restsh.server.storage.EmbeddedRevision;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Reads and writes single addresses with plain JDBC. Writes are single statements in auto-commit mode, so each is
 * committed (and durable, see {@link Database}) before it returns; conditional writes name the revision they expect,
 * so a concurrent change makes them miss. Every write raises the {@link EmbeddedRevision} once it is committed, and
 * each row it changed is announced as an {@link IpChanged} event (the change feed's source on the embedded database).
 */
@Singleton
public class IpRepository {
    private static final String FIND = "SELECT " + StoredIpRows.COLUMNS + " FROM ip_address WHERE address = ?";
    private static final String INSERT = "INSERT INTO ip_address"
            + " (address, version, address_bytes, scope, label, revision, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, 1, ?, ?)";
    private static final String RELABEL =
            "UPDATE ip_address SET label = ?, revision = revision + 1, updated_at = ? WHERE address = ?";
    private static final String DELETE = "DELETE FROM ip_address WHERE address = ?";
    /** The deleted row comes back for the change event: H2 reads it from the statement's OLD TABLE. */
    private static final String H2_DELETE_PREFIX = "SELECT " + StoredIpRows.COLUMNS + " FROM OLD TABLE (";

    private static final String EXPECTED_REVISION = " AND id = ? AND revision = ?";
    private static final String UNIQUE_VIOLATION = "23505";

    private final Database database;
    private final EmbeddedRevision revision;
    private final Event<IpChanged> changed;

    @Inject
    IpRepository(Database database, EmbeddedRevision revision, Event<IpChanged> changed) {
        this.database = database;
        this.revision = revision;
        this.changed = changed;
    }

    public Optional<StoredIp> find(IpAddress address) throws SQLException {
        try (Connection connection = database.connection()) {
            return find(connection, address);
        }
    }

    public StoredIp insert(IpAddress address, String label) throws SQLException, AlreadyPresentException {
        OffsetDateTime now = now();
        try (Connection connection = database.connection()) {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setString(1, address.canonical());
                insert.setInt(2, address.version());
                insert.setBytes(3, address.bytes());
                insert.setString(4, address.scope().label());
                insert.setString(5, label);
                insert.setObject(6, now);
                insert.setObject(7, now);
                write(insert::executeUpdate);
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw new AlreadyPresentException(address);
                }
                throw e;
            }
            StoredIp inserted = find(connection, address).orElseThrow(() -> new SQLException("inserted row not found"));
            changed.fire(new IpChanged(IpChanged.Kind.CREATED, inserted));
            return inserted;
        }
    }

    /** Sets the label; empty when the address is absent or (with {@code expected}) has changed since. */
    public Optional<StoredIp> relabel(IpAddress address, String label, Optional<StoredIp> expected)
            throws SQLException {
        try (Connection connection = database.connection()) {
            int changed;
            try (PreparedStatement update =
                    connection.prepareStatement(RELABEL + (expected.isPresent() ? EXPECTED_REVISION : ""))) {
                update.setString(1, label);
                update.setObject(2, now());
                update.setString(3, address.canonical());
                bindExpected(update, 4, expected);
                changed = write(update::executeUpdate);
            }
            if (changed == 0) {
                return Optional.empty();
            }
            Optional<StoredIp> relabelled = find(connection, address);
            relabelled.ifPresent(row -> this.changed.fire(new IpChanged(IpChanged.Kind.UPDATED, row)));
            return relabelled;
        }
    }

    /** Deletes the address; false when it is absent or (with {@code expected}) has changed since. */
    public boolean delete(IpAddress address, Optional<StoredIp> expected) throws SQLException {
        String sql = DELETE + (expected.isPresent() ? EXPECTED_REVISION : "");
        boolean h2 = database.kind() == DatabaseKind.H2;
        try (Connection connection = database.connection();
                PreparedStatement delete = connection.prepareStatement(
                        h2 ? H2_DELETE_PREFIX + sql + ")" : sql + " RETURNING " + StoredIpRows.COLUMNS)) {
            delete.setString(1, address.canonical());
            bindExpected(delete, 2, expected);
            Optional<StoredIp> deleted = write(() -> {
                try (ResultSet row = delete.executeQuery()) {
                    return row.next() ? Optional.of(StoredIpRows.read(row)) : Optional.<StoredIp>empty();
                }
            });
            deleted.ifPresent(row -> changed.fire(new IpChanged(IpChanged.Kind.DELETED, row)));
            return deleted.isPresent();
        }
    }

    /** Runs one write and raises the {@link EmbeddedRevision}, even if it failed: a needless raise costs one read. */
    private <T> T write(Write<T> statement) throws SQLException {
        try {
            return statement.run();
        } finally {
            revision.raise();
        }
    }

    @FunctionalInterface
    private interface Write<T> {
        T run() throws SQLException;
    }

    private static void bindExpected(PreparedStatement statement, int index, Optional<StoredIp> expected)
            throws SQLException {
        if (expected.isPresent()) {
            statement.setLong(index, expected.get().id());
            statement.setLong(index + 1, expected.get().revision());
        }
    }

    private static Optional<StoredIp> find(Connection connection, IpAddress address) throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, address.canonical());
            try (ResultSet row = find.executeQuery()) {
                return row.next() ? Optional.of(StoredIpRows.read(row)) : Optional.empty();
            }
        }
    }

    private static OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
