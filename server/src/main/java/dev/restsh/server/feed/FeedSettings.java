package dev.restsh.server.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The change feed's limits ({@code restsh.feed.*}, or {@code RESTSH_FEED_*} in the environment). */
@ConfigMapping(prefix = "restsh.feed")
public interface FeedSettings {
    /** How many of the latest changes each instance keeps for clients that resume. */
    @WithDefault("1000")
    int retained();

    /** How many events one connection may have unsent before it is closed as too slow. */
    @WithDefault("256")
    int buffer();

    /** How often an idle event stream gets a comment, so proxies and clients see it is alive. */
    @WithDefault("15s")
    Duration keepAlive();
}
