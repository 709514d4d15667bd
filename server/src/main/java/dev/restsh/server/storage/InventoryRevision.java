package dev.restsh.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The change counter of the inventory on PostgreSQL: the sum of {@code ip_address_revision}, which a trigger raises in
 * the same transaction as every write to {@code ip_address} (migration V2), whichever instance or client makes it.
 */
public final class InventoryRevision {
    private static final String SUM = "SELECT SUM(revision) FROM ip_address_revision";

    private InventoryRevision() {}

    public static long current(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SUM);
                ResultSet row = statement.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
