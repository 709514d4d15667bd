package dev.restsh.server.security;

import io.quarkus.runtime.Startup;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The bearer token that writes need: RESTSH_API_TOKEN if set, otherwise the generated token file. Created at start-up,
 * so the file and the log line saying where it is appear at once.
 */
@Startup
@Singleton
public class ApiToken {
    private static final Logger LOG = Logger.getLogger(ApiToken.class);

    private final byte[] expectedDigest;

    ApiToken(
            @ConfigProperty(name = "restsh.api-token") Optional<String> configured,
            @ConfigProperty(name = "restsh.data-dir") Path dataDirectory) {
        String token = configured.map(String::trim).filter(t -> !t.isEmpty()).orElseGet(() -> fromFile(dataDirectory));
        this.expectedDigest = digest(token);
    }

    /** Compares in constant time: both sides are hashed first, so neither content nor length leaks by timing. */
    public boolean accepts(String presented) {
        return presented != null && MessageDigest.isEqual(expectedDigest, digest(presented));
    }

    private static String fromFile(Path dataDirectory) {
        TokenFile file = new TokenFile(dataDirectory);
        try {
            if (file.restrictToOwner()) {
                LOG.warnf("%s was readable by other users; it is owner-only (rw-------) again", file.path());
            }
            String token = file.readOrCreate();
            LOG.infof("Writes need 'Authorization: Bearer <token>'; the token is in %s (owner-only)", file.path());
            return token;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the API token file " + file.path(), e);
        }
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
