package dev.restsh.shell.inspect;

import java.math.BigDecimal;
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

    BigDecimal seconds() {
        return BigDecimal.valueOf(duration.toNanos(), 9);
    }

    @Override
    public String repr() {
        return duration.toString();
    }

    @Override
    public boolean truthy() {
        return !duration.isZero();
    }
}
