package dev.restsh.server.inventory;

import dev.restsh.server.paging.Page;
import dev.restsh.server.paging.PageCursor;
import dev.restsh.server.paging.PagedQuery;
import dev.restsh.server.storage.Database;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;

/** Lists addresses in insertion order, filtered, one page after a cursor. */
@Singleton
public class IpListQuery {
    private final Database database;

    @Inject
    IpListQuery(Database database) {
        this.database = database;
    }

    public Page<StoredIp> page(IpFilter filter, PageCursor after, int limit) throws SQLException {
        PagedQuery<StoredIp> query =
                new PagedQuery<>("ip_address", StoredIpRows.COLUMNS, IpFilterSql.of(filter), StoredIpRows::read);
        try (Connection connection = database.connection()) {
            return query.read(connection, after, limit);
        }
    }
}
