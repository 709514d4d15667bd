package dev.restsh.shell.oauth;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/**
 * How a sign-in reaches the person: where instructions are written, how a browser is opened, how the device grant
 * waits between polls, and the clock tokens' lifetimes are counted by. Tests replace the browser, the pause and
 * the clock; the protocol stays real.
 */
public record Interaction(PrintWriter messages, Browser.Opener browser, Pause pause, Clock clock) {
    /** Waits between device polls. */
    public interface Pause {
        void sleep(Duration interval) throws InterruptedException;
    }

    public static final Pause SLEEP = interval -> Thread.sleep(interval.toMillis());

    /** Instructions to {@code messages}, the user's browser, real waits, the system clock. */
    public static Interaction of(PrintWriter messages, Map<String, String> env) {
        return new Interaction(messages, Browser.of(env), SLEEP, Clock.systemUTC());
    }
}
