package dev.restsh.server.paging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one paging query of the API: the rows that match, after a cursor in {@code id} (insertion) order, and their
 * count. It reads one row more than the limit, which tells whether another page follows without a second query. The
 * selected columns start with {@code id}.
 */
public final class PagedQuery<T> {
    private final String select;
    private final String count;
    private final SqlConditions conditions;
    private final RowReader<T> reader;

    /** Reads one item from the current row. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    public PagedQuery(String table, String columns, SqlConditions conditions, RowReader<T> reader) {
        String where = conditions.sql();
        this.select = "SELECT " + columns + " FROM " + table + " WHERE " + (where.isEmpty() ? "" : where + " AND ")
                + "id > ? ORDER BY id LIMIT ?";
        this.count = "SELECT COUNT(*) FROM " + table + (where.isEmpty() ? "" : " WHERE " + where);
        this.conditions = conditions;
        this.reader = reader;
    }

    public Page<T> read(Connection connection, PageCursor after, int limit) throws SQLException {
        List<T> items = new ArrayList<>(Math.min(limit, 128));
        long lastId = after.afterId();
        boolean more = false;
        try (PreparedStatement statement = connection.prepareStatement(select)) {
            int next = conditions.bind(statement, 1);
            statement.setLong(next, after.afterId());
            statement.setInt(next + 1, limit + 1);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (items.size() == limit) {
                        more = true;
                        break;
                    }
                    lastId = rows.getLong(1);
                    items.add(reader.read(rows));
                }
            }
        }
        return new Page<>(items, more ? Optional.of(new PageCursor(lastId)) : Optional.empty(), count(connection));
    }

    private long count(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(count)) {
            conditions.bind(statement, 1);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
