package dev.restsh.server.inventory;

import dev.restsh.server.address.Cidr;
import dev.restsh.server.paging.SqlConditions;
import java.util.Locale;

/** The SQL conditions and their bound values for an {@link IpFilter}. */
final class IpFilterSql {
    private IpFilterSql() {}

    static SqlConditions of(IpFilter filter) {
        SqlConditions conditions = SqlConditions.NONE;
        if (filter.version().isPresent()) {
            conditions = conditions.and("version = ?", filter.version().get());
        }
        if (filter.scope().isPresent()) {
            conditions = conditions.and("scope = ?", filter.scope().get().label());
        }
        if (filter.network().isPresent()) {
            Cidr network = filter.network().get();
            conditions = conditions
                    .and("version = ?", network.network().version())
                    .and("address_bytes BETWEEN ? AND ?", network.first(), network.last());
        }
        if (filter.labelContains().isPresent()) {
            conditions = conditions.and(
                    "LOWER(label) LIKE ? ESCAPE '!'",
                    "%" + likeEscaped(filter.labelContains().get()) + "%");
        }
        return conditions;
    }

    private static String likeEscaped(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("!", "!!")
                .replace("%", "!%")
                .replace("_", "!_");
    }
}
