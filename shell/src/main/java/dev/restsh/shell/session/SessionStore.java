package dev.restsh.shell.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.restsh.shell.ErrorText;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.XdgDirs;
import dev.restsh.shell.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Named sessions on disk, like HTTPie's: {@code $XDG_CONFIG_HOME/restsh/sessions/NAME.json} (else
 * {@code ~/.config/restsh/...}), the folder and files readable by their owner only since they hold credentials.
 */
public final class SessionStore {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}");

    private final Path folder;

    public SessionStore(Path folder) {
        this.folder = folder;
    }

    public static SessionStore of(Map<String, String> env) {
        return new SessionStore(XdgDirs.from(env).config().resolve("sessions"));
    }

    public Path path(String name) {
        if (!NAME.matcher(name).matches()) {
            throw RestshException.usage(
                    "invalid session name '" + name + "': use letters, digits, '_', '-' and '.' (up to 64)");
        }
        return folder.resolve(name + ".json");
    }

    public boolean exists(String name) {
        return Files.isRegularFile(path(name));
    }

    public List<String> names() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(".json"))
                    .map(file -> file.substring(0, file.length() - 5))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw RestshException.usage("cannot list " + folder + ": " + e.getMessage());
        }
    }

    /**
     * As {@link #save(String, Session)}; an OAuth2 sign-in's tokens are kept in the file when {@code withTokens}
     * ({@code session save NAME --with-tokens}), and from then on by every save of the session.
     */
    public Path save(String name, Session session, boolean withTokens) {
        session.auth().map(Auth::oauth2).ifPresent(login -> login.keepTokens(withTokens));
        return save(name, session);
    }

    /**
     * Writes the session atomically (temp file, then rename), owner-only. An OAuth2 sign-in's tokens only when it
     * was saved or loaded with them.
     */
    public Path save(String name, Session session) {
        Path file = path(name);
        try {
            createFolder();
            Path temp = Files.createTempFile(folder, "." + name, ".tmp", ownerOnly("rw-------"));
            Files.writeString(temp, SessionJson.write(session).toPrettyString() + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw RestshException.usage("cannot save session " + name + " to " + file + ": " + e.getMessage());
        }
    }

    public void load(String name, Session session) {
        Path file = path(name);
        if (!Files.isRegularFile(file)) {
            List<String> known = names();
            throw RestshException.usage("no session named '" + name + "' in " + folder
                    + (known.isEmpty() ? "" : " (saved sessions: " + String.join(", ", known) + ")"));
        }
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw RestshException.usage("cannot read session " + file + ": " + ErrorText.of(e));
        }
        if (!(tree instanceof ObjectNode object)) {
            throw RestshException.usage("session file " + file + " is not a JSON object");
        }
        SessionJson.read(object, session);
    }

    private void createFolder() throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, ownerOnly("rwx------"));
        }
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(String permissions) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new java.nio.file.attribute.FileAttribute<?>[0];
        }
        return new java.nio.file.attribute.FileAttribute<?>[] {
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        };
    }
}
