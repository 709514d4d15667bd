package dev.restsh.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.restsh.server.support.TemporaryDataDirectory;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(TemporaryDataDirectory.class)
class EventLoopsConfigSourceTest {
    @Test
    void runsOneEventLoopPerTwoCoresAndAtLeastOne() {
        assertEquals(1, EventLoopsConfigSource.eventLoops(1));
        assertEquals(1, EventLoopsConfigSource.eventLoops(2));
        assertEquals(1, EventLoopsConfigSource.eventLoops(3));
        assertEquals(2, EventLoopsConfigSource.eventLoops(4));
        assertEquals(8, EventLoopsConfigSource.eventLoops(16));
    }

    @Test
    void isTheDefaultThatQuarkusUses() {
        int expected = EventLoopsConfigSource.eventLoops(Runtime.getRuntime().availableProcessors());
        assertEquals(
                expected,
                ConfigProvider.getConfig()
                        .getValue(EventLoopsConfigSource.EVENT_LOOPS, Integer.class)
                        .intValue());
    }

    @Test
    void givesWayToApplicationPropertiesAndTheEnvironment() {
        assertTrue(new EventLoopsConfigSource().getOrdinal() < 100, "microprofile-config.properties is 100");
    }
}
