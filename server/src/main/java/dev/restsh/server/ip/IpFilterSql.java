package dev.restsh.server.ip;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The SQL conditions and their bound values for an {@link IpFilter}. */
final class IpFilterSql {
    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> values = new ArrayList<>();

    IpFilterSql(IpFilter filter) {
        filter.version().ifPresent(version -> add(" AND version = ?", version));
        filter.scope().ifPresent(scope -> add(" AND scope = ?", scope.label()));
        filter.network().ifPresent(network -> {
            add(" AND version = ?", network.network().version());
            add(" AND address_bytes BETWEEN ?", network.first());
            add(" AND ?", network.last());
        });
        filter.labelContains()
                .ifPresent(text -> add(" AND LOWER(label) LIKE ? ESCAPE '!'", "%" + likeEscaped(text) + "%"));
    }

    String where() {
        return where.toString();
    }

    /** Binds the filter values from {@code first}; returns the next free parameter index. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : values) {
            statement.setObject(index++, value);
        }
        return index;
    }

    private void add(String condition, Object value) {
        where.append(condition);
        values.add(value);
    }

    private static String likeEscaped(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
    }
}
