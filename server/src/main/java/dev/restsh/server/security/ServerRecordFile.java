package dev.restsh.server.security;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Records this server's port and process id beside the token ({@code api-server} in the data directory), so
 * restsh sends the token automatically to this server only, while it runs, and never to another service that
 * happens to listen on the same port. Removed at shutdown if it is still this process's record.
 */
@ApplicationScoped
public class ServerRecordFile {
    static final String NAME = "api-server";
    private static final Logger LOG = Logger.getLogger(ServerRecordFile.class);

    @ConfigProperty(name = "restsh.data-dir")
    Path dataDirectory;

    private final String record = "pid=" + ProcessHandle.current().pid() + "\n";

    void started(@ObservesAsync HttpServerStart start) {
        int port = start.options().getPort();
        if (port <= 0) {
            return; // a random port (tests): not known here, and no client relies on the token for it
        }
        try {
            Files.createDirectories(dataDirectory);
            Files.writeString(path(), "port=" + port + "\n" + record, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            LOG.warnf("Cannot record the server in %s (%s): restsh will not send the token on its own", path(), e);
        }
    }

    void stopped(@Observes ShutdownEvent event) {
        try {
            if (Files.exists(path())
                    && Files.readString(path(), StandardCharsets.US_ASCII).endsWith(record)) {
                Files.delete(path());
            }
        } catch (IOException e) {
            // a stale record names a dead process: restsh ignores it
        }
    }

    private Path path() {
        return dataDirectory.resolve(NAME);
    }
}
