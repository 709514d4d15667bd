package dev.restsh.shell;

import java.time.Duration;
import java.time.Instant;

/**
 * The time of commands that wait between sends ({@code watch}, {@code retry}): what time it is, and the pause. The
 * shell uses the system's; tests give one whose pauses move its clock at once, so nothing sleeps.
 */
public interface Pacer {
    Pacer SYSTEM = new Pacer() {
        @Override
        public Instant now() {
            return Instant.now();
        }

        @Override
        public boolean pause(Duration duration) {
            try {
                Thread.sleep(duration.toMillis());
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    };

    Instant now();

    /** Waits this long; false when interrupted (Ctrl-C), with the thread's interrupt flag set. */
    boolean pause(Duration duration);
}
