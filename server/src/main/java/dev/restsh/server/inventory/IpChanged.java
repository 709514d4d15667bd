package dev.restsh.server.inventory;

import java.util.Locale;

/**
 * A committed change to one address, fired by {@link IpRepository} as a CDI event after the write is committed and
 * before it is acknowledged; {@code entry} is the row as written (for a deletion, as it was).
 */
public record IpChanged(Kind kind, StoredIp entry) {
    public enum Kind {
        CREATED,
        UPDATED,
        DELETED;

        /** The name clients see: {@code created}, {@code updated}, {@code deleted}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind fromLabel(String label) {
            return valueOf(label.toUpperCase(Locale.ROOT));
        }
    }
}
