package dev.restsh.server.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one active database: hands out pooled connections and makes committed writes durable. */
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

    /**
     * Called after a write has committed and before it is acknowledged. PostgreSQL has already flushed its WAL at
     * commit; H2 keeps commits in memory until its next store write, so a kill -9 could lose them: CHECKPOINT writes
     * them to the file.
     */
    public void makeDurable(Connection connection) throws SQLException {
        if (kind == DatabaseKind.H2) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        }
    }
}
