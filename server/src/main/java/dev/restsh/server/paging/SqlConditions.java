package dev.restsh.server.paging;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Conditions of a WHERE clause, joined by AND, with the values of their parameters in order. */
public final class SqlConditions {
    /** No condition: every row matches. */
    public static final SqlConditions NONE = new SqlConditions("", List.of());

    private final String sql;
    private final List<Object> values;

    private SqlConditions(String sql, List<Object> values) {
        this.sql = sql;
        this.values = values;
    }

    /** These conditions and one more, whose {@code ?} parameters take {@code values}. */
    public SqlConditions and(String condition, Object... values) {
        List<Object> all = new ArrayList<>(this.values);
        all.addAll(Arrays.asList(values));
        return new SqlConditions(sql.isEmpty() ? condition : sql + " AND " + condition, List.copyOf(all));
    }

    /** The conditions as SQL, without {@code WHERE}; empty when there are none. */
    public String sql() {
        return sql;
    }

    /** Binds the values from parameter {@code first} on; returns the next free parameter index. */
    public int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : values) {
            statement.setObject(index++, value);
        }
        return index;
    }
}
