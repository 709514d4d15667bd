package dev.restsh.server.inventory;

import dev.restsh.server.address.IpAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** Reads {@link StoredIp} from rows selected with {@link #COLUMNS}. */
public final class StoredIpRows {
    public static final String COLUMNS = "id, address_bytes, label, revision, created_at, updated_at";

    private StoredIpRows() {}

    public static StoredIp read(ResultSet row) throws SQLException {
        return new StoredIp(
                row.getLong(1),
                IpAddress.fromBytes(row.getBytes(2)),
                row.getString(3),
                row.getLong(4),
                row.getObject(5, OffsetDateTime.class),
                row.getObject(6, OffsetDateTime.class));
    }
}
