package dev.restsh.server.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.restsh.server.support.ServerProcess;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link EmbeddedRevision} rests on: while the server runs, no other process can open its H2 file, so every write
 * to it is the server's own.
 */
class EmbeddedFileLockIT {
    /** H2's DATABASE_ALREADY_OPEN_1: "Database may be already in use". */
    private static final int ALREADY_IN_USE = 90020;

    @Test
    void noOtherProcessCanOpenTheDatabaseFileWhileTheServerRuns(@TempDir Path dataDirectory) throws Exception {
        assumeFalse(ServerProcess.onPostgresql(), "the H2 file only");
        String url = "jdbc:h2:file:" + dataDirectory.resolve("restsh");
        try (ServerProcess server = ServerProcess.start(dataDirectory, dataDirectory.resolve("server.log"))) {
            SQLException refused = assertThrows(
                    SQLException.class,
                    () -> DriverManager.getConnection(url, "restsh", "").close());
            assertEquals(ALREADY_IN_USE, refused.getErrorCode(), refused.getMessage());
        }
    }
}
