package dev.restsh.shell;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A pacer whose pauses move its clock at once and are remembered: waits tested without waiting. */
public final class SteppingPacer implements Pacer {
    private volatile Instant now = Instant.parse("2026-01-02T03:04:05Z");
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public boolean pause(Duration duration) {
        pauses.add(duration);
        now = now.plus(duration);
        return true;
    }

    public List<Duration> pauses() {
        return List.copyOf(pauses);
    }
}
