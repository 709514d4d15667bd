package dev.restsh.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * On H2, raised the change counter of {@code ip_address} (table {@code ip_address_revision}) in the same transaction
 * as every statement that wrote it: the H2 half of migration V2 (PostgreSQL does it in PL/pgSQL). Migration V4 drops
 * both, as the counter is now kept in the process ({@link EmbeddedRevision}); the class stays because V2 still
 * creates the trigger on a new database, and H2 loads the class to do so.
 */
public final class H2RevisionTrigger implements Trigger {
    private static final String BUMP =
            "UPDATE ip_address_revision SET revision = revision + 1 WHERE slot = MOD(SESSION_ID(), 16)";

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement(BUMP)) {
            bump.executeUpdate();
        }
    }
}
