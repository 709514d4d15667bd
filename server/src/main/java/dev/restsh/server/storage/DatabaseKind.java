package dev.restsh.server.storage;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The databases the server can run on, chosen at start-up by {@code restsh.db} ({@code RESTSH_DB}). */
public enum DatabaseKind {
    H2("h2", true),
    POSTGRESQL("postgresql", false);

    private final String datasourceName;
    private final boolean inProcess;

    DatabaseKind(String datasourceName, boolean inProcess) {
        this.datasourceName = datasourceName;
        this.inProcess = inProcess;
    }

    /** True for an embedded database: a read is work in this process (no network round trip to wait for). */
    public boolean inProcess() {
        return inProcess;
    }

    /** The name of the Quarkus datasource (and Flyway configuration) that serves this kind. */
    public String datasourceName() {
        return datasourceName;
    }

    public static DatabaseKind parse(String value) {
        String wanted = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.datasourceName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("restsh.db (RESTSH_DB) must be one of "
                        + Arrays.stream(values()).map(k -> k.datasourceName).collect(Collectors.joining(", "))
                        + ", not '" + value + "'"));
    }
}
