package dev.restsh.shell.request;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.inspect.Suggestions;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The dynamic values of the {@code .http} file tools (JetBrains HTTP Client, httpyac), with their names and
 * meaning: {@code {{$uuid}}} a random UUID, {@code {{$timestamp}}} Unix seconds, {@code {{$isoTimestamp}}} UTC in
 * ISO 8601 with milliseconds, {@code {{$randomInt}}} 0 to 1000 (or httpyac's {@code {{$randomInt MIN MAX}}}, MAX
 * excluded). A new value each time one is used.
 */
final class DynamicValues {
    static final List<String> NAMES = List.of("$uuid", "$timestamp", "$isoTimestamp", "$randomInt");
    private static final DateTimeFormatter ISO =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Clock clock;
    private final Random random;

    DynamicValues(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    /** {@code name} with its {@code $}; {@code arguments} is what followed it inside the braces (may be empty). */
    String value(String name, String arguments) {
        switch (name) {
            case "$uuid":
                return noArguments(name, arguments, UUID.randomUUID().toString());
            case "$timestamp":
                return noArguments(
                        name, arguments, Long.toString(clock.instant().getEpochSecond()));
            case "$isoTimestamp":
                return noArguments(name, arguments, ISO.format(clock.instant()));
            case "$randomInt":
                return randomInt(arguments.strip());
            default:
                throw RestshException.usage("unknown dynamic value {{" + name + "}}" + Suggestions.hint(name, NAMES)
                        + " (known: " + String.join(", ", NAMES) + ")");
        }
    }

    private String randomInt(String arguments) {
        if (arguments.isEmpty()) {
            return Integer.toString(random.nextInt(1001));
        }
        String[] bounds = arguments.split("\\s+");
        try {
            if (bounds.length == 2) {
                long min = Long.parseLong(bounds[0]);
                long max = Long.parseLong(bounds[1]);
                if (min < max) {
                    return Long.toString(min + (long) Math.floor(random.nextDouble() * (max - min)));
                }
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the expected form
        }
        throw RestshException.usage(
                "{{$randomInt " + arguments + "}}: expected {{$randomInt}} or {{$randomInt MIN MAX}} with MIN < MAX");
    }

    private static String noArguments(String name, String arguments, String value) {
        if (!arguments.isBlank()) {
            throw RestshException.usage("{{" + name + "}} takes no arguments, got: " + arguments.strip());
        }
        return value;
    }
}
