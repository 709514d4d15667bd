package dev.restsh.shell.inspect;

import java.time.Duration;
import java.util.List;

/** {@code response.elapsed}: a datetime.timedelta with {@code total_seconds()}. */
record TimedeltaValue(Duration duration) implements Inspectable {
    @Override
    public String typeName() {
        return "timedelta";
    }

    @Override
    public List<String> attributes() {
        return List.of("total_seconds");
    }

    @Override
    public Object attribute(String name) {
        if (name.equals("total_seconds")) {
            return BoundMethod.of(typeName(), name, this::seconds);
        }
        throw noAttribute(name);
    }

    /** Seconds as a float, microseconds exact, as Python's total_seconds. */
    Double seconds() {
        return (duration.toNanos() / 1000) / 1e6;
    }

    @Override
    public String repr() {
        long micros = duration.toNanos() / 1000;
        long seconds = micros / 1_000_000;
        long rest = micros % 1_000_000;
        return "datetime.timedelta(" + (seconds > 0 ? "seconds=" + seconds + (rest > 0 ? ", " : "") : "")
                + (rest > 0 || seconds == 0 ? "microseconds=" + rest : "") + ")";
    }

    @Override
    public boolean truthy() {
        return !duration.isZero();
    }
}
