package dev.restsh.server.error;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises a failure that means the database cannot be reached right now (PostgreSQL down or restarting, the pool
 * unable to get a connection), which is worth a 503 with Retry-After rather than a 500: the request may succeed if
 * sent again, and load balancers treat the two differently.
 */
final class DatabaseUnavailable {
    /** SQLSTATE class 08: connection exception (SQL standard; PostgreSQL and H2 both use it). */
    private static final String CONNECTION_EXCEPTION = "08";

    private DatabaseUnavailable() {}

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                String message = String.valueOf(sql.getMessage());
                if ((state != null && state.startsWith(CONNECTION_EXCEPTION))
                        || message.startsWith("Acquisition timeout")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
