package dev.restsh.server.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The generated API token in the data directory: one line of 43 base64url characters, readable by its owner only.
 * Created at first start; kept across restarts so clients keep working.
 */
final class TokenFile {
    static final String NAME = "api-token";
    private static final int TOKEN_BYTES = 32;
    private static final Set<PosixFilePermission> OWNER_ONLY =
            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    private final Path path;

    TokenFile(Path dataDirectory) {
        this.path = dataDirectory.resolve(NAME);
    }

    Path path() {
        return path;
    }

    /**
     * Makes an existing file owner-only again if someone loosened it, and says whether it had to: a token readable
     * by other users lets them write to the inventory. No-op where the file system has no POSIX permissions.
     */
    boolean restrictToOwner() throws IOException {
        if (!Files.exists(path) || !Files.getFileStore(path).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return false;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
        if (OWNER_ONLY.containsAll(permissions)) {
            return false;
        }
        Files.setPosixFilePermissions(path, OWNER_ONLY);
        return true;
    }

    /** Reads the token, creating the file with a fresh random token first if there is none. */
    String readOrCreate() throws IOException {
        if (!Files.exists(path)) {
            create();
        }
        String token = Files.readString(path, StandardCharsets.US_ASCII).trim();
        if (token.isEmpty()) {
            throw new IOException(path + " is empty: delete it to have a new token generated");
        }
        return token;
    }

    private void create() throws IOException {
        Path directory = path.getParent();
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(
                    directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        byte[] random = new byte[TOKEN_BYTES];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(path, token + "\n", StandardCharsets.US_ASCII);
        } catch (FileAlreadyExistsException e) {
            // another instance sharing this data directory created it first: use theirs
        }
    }
}
