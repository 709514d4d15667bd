package dev.restsh.server.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one active database, hands out pooled connections. Acknowledged writes are durable on both: PostgreSQL flushes
 * its WAL at commit; H2 runs with WRITE_DELAY=0, which makes every commit write the store file before returning.
 */
@Singleton
public class Database {
    private final DatabaseKind kind;
    private final AgroalDataSource dataSource;

    @Inject
    Database(@ConfigProperty(name = "restsh.db") String chosen, @Any InjectableInstance<AgroalDataSource> dataSources) {
        this.kind = DatabaseKind.parse(chosen);
        this.dataSource = dataSources
                .select(new DataSource.DataSourceLiteral(kind.datasourceName()))
                .get();
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** A pooled connection in auto-commit mode; close it to give it back. */
    public Connection connection() throws SQLException {
        return dataSource.getConnection();
    }
}
