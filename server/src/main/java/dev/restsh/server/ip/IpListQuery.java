package dev.restsh.server.ip;

import dev.restsh.server.storage.Database;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lists addresses in insertion order, filtered, one page after a cursor. */
@Singleton
public class IpListQuery {
    private final Database database;

    @Inject
    IpListQuery(Database database) {
        this.database = database;
    }

    public IpPage page(IpFilter filter, PageCursor after, int limit) throws SQLException {
        IpFilterSql sql = new IpFilterSql(filter);
        try (Connection connection = database.connection()) {
            List<StoredIp> items = new ArrayList<>(Math.min(limit, 128));
            boolean more = false;
            try (PreparedStatement select = connection.prepareStatement("SELECT " + StoredIpRows.COLUMNS
                    + " FROM ip_address" + sql.where() + " AND id > ? ORDER BY id LIMIT ?")) {
                int next = sql.bind(select, 1);
                select.setLong(next, after.afterId());
                select.setInt(next + 1, limit + 1);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        if (items.size() == limit) {
                            more = true;
                            break;
                        }
                        items.add(StoredIpRows.read(rows));
                    }
                }
            }
            Optional<PageCursor> nextPage = more
                    ? Optional.of(new PageCursor(items.get(items.size() - 1).id()))
                    : Optional.empty();
            return new IpPage(items, nextPage, count(connection, sql));
        }
    }

    private static long count(Connection connection, IpFilterSql sql) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT COUNT(*) FROM ip_address" + sql.where())) {
            sql.bind(count, 1);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
