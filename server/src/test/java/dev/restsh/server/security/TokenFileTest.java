package dev.restsh.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenFileTest {
    @Test
    void createsAnOwnerOnlyTokenAndKeepsIt(@TempDir Path directory) throws Exception {
        TokenFile file = new TokenFile(directory);
        String token = file.readOrCreate();
        assertEquals(43, token.length());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        assertEquals(token, new TokenFile(directory).readOrCreate());
        assertFalse(file.restrictToOwner());
    }

    @Test
    void makesALoosenedFileOwnerOnlyAgain(@TempDir Path directory) throws Exception {
        TokenFile file = new TokenFile(directory);
        String token = file.readOrCreate();
        Files.setPosixFilePermissions(file.path(), PosixFilePermissions.fromString("rw-r--r--"));
        assertTrue(file.restrictToOwner());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        assertEquals(token, file.readOrCreate());
    }
}
