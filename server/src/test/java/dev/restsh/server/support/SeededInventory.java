package dev.restsh.server.support;

import dev.restsh.server.storage.Database;
import dev.restsh.server.storage.EmbeddedRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Puts the inventory back to what the migration seeds: 1.2.3.4 and 9.2.3.4, in that order. */
@ApplicationScoped
public class SeededInventory {
    @Inject
    Database database;

    @Inject
    EmbeddedRevision revision;

    public void reset() throws SQLException {
        try (Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM ip_address");
            statement.executeUpdate("INSERT INTO ip_address (id, address, version, address_bytes, scope, label) VALUES "
                    + "(1, '1.2.3.4', 4, " + bytes(database, "01020304") + ", 'global', 'from the tutorial'), "
                    + "(2, '9.2.3.4', 4, " + bytes(database, "09020304") + ", 'global', 'from the tutorial')");
        }
        // A write past IpRepository: on H2 it must raise the in-process change counter, as IpRepository does.
        revision.raise();
    }

    private static String bytes(Database database, String hex) {
        return switch (database.kind()) {
            case H2 -> "X'" + hex + "'";
            case POSTGRESQL -> "'\\x" + hex + "'::bytea";
        };
    }
}
