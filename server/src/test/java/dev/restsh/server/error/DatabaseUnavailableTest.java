package dev.restsh.server.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** A database that cannot be reached is a 503 with Retry-After; any other failure stays a 500. */
class DatabaseUnavailableTest {
    private final ProblemMappers mappers = new ProblemMappers(new AllowedMethods());

    @Test
    void connectionFailuresAreRecognisedWhereverTheyAreInTheChain() {
        assertTrue(DatabaseUnavailable.causedBy(new SQLTransientConnectionException("pool exhausted")));
        assertTrue(DatabaseUnavailable.causedBy(
                new IllegalStateException(new SQLException("Connection to localhost:5432 refused", "08001"))));
        assertTrue(
                DatabaseUnavailable.causedBy(new SQLException("Acquisition timeout while waiting for new connection")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseUnavailable.causedBy(new NullPointerException()));
    }

    @Test
    void anUnreachableDatabaseIsA503ProblemWithRetryAfter() {
        Response outage = mappers.unexpected(
                new RuntimeException(new SQLException("Connection to localhost:5432 refused", "08001")), null);
        assertEquals(503, outage.getStatus());
        assertEquals("5", outage.getHeaderString("Retry-After"));
        assertEquals(Problem.MEDIA_TYPE, outage.getMediaType().toString());
        assertEquals(
                500, mappers.unexpected(new IllegalStateException("bug"), null).getStatus());
    }
}
