package dev.restsh.server.ip;

import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the bare address list behind {@code /get_ips}: two cheap indexed queries and no mapping. */
@Singleton
public class AddressListQuery {
    private static final String PAGE = "SELECT id, address FROM ip_address WHERE id > ? ORDER BY id LIMIT ?";
    private static final String COUNT = "SELECT COUNT(*) FROM ip_address";

    public AddressPage page(Connection connection, PageCursor after, int limit) throws SQLException {
        List<String> addresses = new ArrayList<>(Math.min(limit, 128));
        long lastId = after.afterId();
        boolean more = false;
        try (PreparedStatement statement = connection.prepareStatement(PAGE)) {
            statement.setLong(1, after.afterId());
            statement.setInt(2, limit + 1);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (addresses.size() == limit) {
                        more = true;
                        break;
                    }
                    lastId = rows.getLong(1);
                    addresses.add(rows.getString(2));
                }
            }
        }
        return new AddressPage(
                addresses, more ? Optional.of(new PageCursor(lastId)) : Optional.empty(), count(connection));
    }

    private static long count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(COUNT);
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
