package dev.restsh.server.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    private static final String FILE = "jdbc:h2:file:/var/lib/restsh/restsh;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";

    @Test
    void isTheSoleWriterOfAnH2FileItOpensAlone() {
        assertTrue(Database.soleWriter(FILE, LaunchMode.NORMAL));
        assertTrue(Database.soleWriter(FILE, LaunchMode.TEST));
        assertTrue(Database.soleWriter("jdbc:h2:mem:restsh", LaunchMode.NORMAL));
    }

    @Test
    void isNotWhenOtherProcessesOrTheDevUiCanWriteToIt() {
        assertFalse(Database.soleWriter(FILE + ";AUTO_SERVER=TRUE", LaunchMode.NORMAL));
        assertFalse(Database.soleWriter(FILE + ";auto_server=true", LaunchMode.NORMAL));
        assertFalse(Database.soleWriter("jdbc:h2:tcp://db.example/restsh", LaunchMode.NORMAL));
        assertFalse(Database.soleWriter(FILE, LaunchMode.DEVELOPMENT));
    }
}
