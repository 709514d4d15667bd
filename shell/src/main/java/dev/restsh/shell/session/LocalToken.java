package dev.restsh.shell.session;

import dev.restsh.shell.XdgDirs;
import dev.restsh.shell.http.Ports;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The project server's write token, where the server keeps it: {@code $RESTSH_API_TOKEN} when set (the server
 * uses that one too), else the file {@code api-token} in the server's data directory ({@code $RESTSH_DATA_DIR},
 * else {@code $XDG_DATA_HOME/restsh}, else {@code ~/.local/share/restsh}).
 */
public final class LocalToken {
    public static final String FILE_NAME = "api-token";
    /** Written by the running server beside the token: {@code port=8080} and {@code pid=1234}, one per line. */
    public static final String SERVER_FILE_NAME = "api-server";

    private LocalToken() {}

    public static Path path(Map<String, String> env) {
        String dataDir = env.get("RESTSH_DATA_DIR");
        if (dataDir != null && !dataDir.isBlank()) {
            return Path.of(dataDir).resolve(FILE_NAME);
        }
        return XdgDirs.from(env).data().resolve(FILE_NAME);
    }

    /** The token, if the environment names one or the file exists and holds one. */
    public static Optional<String> read(Map<String, String> env) {
        String configured = env.get("RESTSH_API_TOKEN");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured.trim());
        }
        Path file = path(env);
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        try {
            String token = Files.readString(file, StandardCharsets.US_ASCII).trim();
            return token.isEmpty() ? Optional.empty() : Optional.of(token);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a request to {@code url} may carry the token without being asked: a loopback URL with the scheme and
     * port of the session's base URL, itself on loopback (any of localhost, 127.x.x.x and ::1 names this machine),
     * and that port is the one the inventory server owning the token recorded as its own, while that server's
     * process is alive: another project's dev server on the same port never gets it.
     */
    public static boolean isFor(URI url, URI base, Map<String, String> env) {
        return isLocal(url.getHost())
                && isLocal(base.getHost())
                && url.getScheme().equalsIgnoreCase(base.getScheme())
                && Ports.of(url) == Ports.of(base)
                && ServerRecord.read(path(env).resolveSibling(SERVER_FILE_NAME))
                        .filter(server -> server.port() == Ports.of(url) && server.alive())
                        .isPresent();
    }

    /** Loopback hosts: where the demo server runs. */
    public static boolean isLocal(String host) {
        if (host == null) {
            return false;
        }
        String name = host.replaceAll("^\\[|]$", "");
        return name.equals("localhost")
                || name.startsWith("127.")
                || name.equals("::1")
                || name.equals("0:0:0:0:0:0:0:1");
    }
}
