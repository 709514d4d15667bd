package dev.restsh.server.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one active database, hands out pooled connections. Acknowledged writes are durable on both: PostgreSQL flushes
 * its WAL at commit; H2 runs with WRITE_DELAY=0, which makes every commit write the store file before returning.
 */
@Singleton
public class Database {
    private final DatabaseKind kind;
    private final AgroalDataSource dataSource;
    private final boolean soleWriter;

    @Inject
    Database(@ConfigProperty(name = "restsh.db") String chosen, @Any InjectableInstance<AgroalDataSource> dataSources) {
        this.kind = DatabaseKind.parse(chosen);
        this.dataSource = dataSources
                .select(new DataSource.DataSourceLiteral(kind.datasourceName()))
                .get();
        String url = dataSource
                .getConfiguration()
                .connectionPoolConfiguration()
                .connectionFactoryConfiguration()
                .jdbcUrl();
        this.soleWriter = soleWriter(url, LaunchMode.current());
    }

    public DatabaseKind kind() {
        return kind;
    }

    /**
     * True when every write to the database is made by this server: an embedded H2 database opened as a plain file
     * (H2 locks it to this process) or in memory, outside dev mode (whose Dev UI can clean and migrate it).
     */
    public boolean soleWriter() {
        return soleWriter;
    }

    static boolean soleWriter(String jdbcUrl, LaunchMode mode) {
        String url = jdbcUrl.toUpperCase(Locale.ROOT);
        boolean local = url.startsWith("JDBC:H2:FILE:") || url.startsWith("JDBC:H2:MEM:");
        return local && !url.contains(";AUTO_SERVER=TRUE") && mode != LaunchMode.DEVELOPMENT;
    }

    /** A pooled connection in auto-commit mode; close it to give it back. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
