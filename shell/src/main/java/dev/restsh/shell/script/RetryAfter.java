package dev.restsh.shell.script;

import dev.restsh.shell.http.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** A response's {@code Retry-After} (RFC 9110, section 10.2.3): a number of seconds, or an HTTP-date. */
final class RetryAfter {
    private RetryAfter() {}

    /** How long the server asks to wait, from {@code now}; empty when it does not say (or says it unreadably). */
    static Optional<Duration> of(Response response, Instant now) {
        Optional<String> value = response.headers().first("Retry-After").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String text = value.get();
        if (text.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(text)));
        }
        try {
            Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(now, at);
            return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
