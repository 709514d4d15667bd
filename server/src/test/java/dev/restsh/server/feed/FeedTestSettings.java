package dev.restsh.server.feed;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Small feed limits, so tests reach them quickly: a keep-alive every 200 ms, 8 changes retained, 16 unsent, and an 8
 * KiB socket send buffer ({@link dev.restsh.server.support.SmallSendBuffer}).
 */
public class FeedTestSettings implements QuarkusTestResourceLifecycleManager {
    static final int RETAINED = 8;
    static final int BUFFER = 16;

    @Override
    public Map<String, String> start() {
        return Map.of(
                "restsh.feed.keep-alive",
                "200ms",
                "restsh.feed.retained",
                Integer.toString(RETAINED),
                "restsh.feed.buffer",
                Integer.toString(BUFFER),
                "restsh.test.send-buffer",
                "8192");
    }

    @Override
    public void stop() {}
}
