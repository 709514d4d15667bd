package dev.restsh.shell.script;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.Pacer;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.Response;
import dev.restsh.shell.render.Ansi;
import dev.restsh.shell.render.TerminalText;
import dev.restsh.shell.session.Exchanges;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code retry}'s step around a send: sends again after a network error, a 5xx or a 429, at most {@code retries}
 * times. The waits double from {@code delay} (1, 2, 4 … s), up to {@link #MAX_BACKOFF}; a 429's or 503's
 * {@code Retry-After} is honoured instead, up to {@link #MAX_RETRY_AFTER}. Each attempt is one line on stderr.
 */
public final class Retrier implements Exchanges.Step {
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    static final Duration MAX_RETRY_AFTER = Duration.ofSeconds(120);

    private final int retries;
    private final Duration delay;
    private final Pacer pacer;
    private final PrintWriter err;
    private final Ansi ansi;

    public Retrier(int retries, Duration delay, Pacer pacer, PrintWriter err, Ansi ansi) {
        this.retries = retries;
        this.delay = delay;
        this.pacer = pacer;
        this.err = err;
        this.ansi = ansi;
    }

    @Override
    public Response send(Supplier<Response> attempt) {
        int attempts = retries + 1;
        for (int n = 1; ; n++) {
            Response response = null;
            RestshException failure = null;
            try {
                response = attempt.get();
            } catch (RestshException e) {
                if (e.status() != ExitStatus.NETWORK) {
                    throw e;
                }
                failure = e;
            }
            String seen = failure != null ? failure.getMessage() : response.status() + " " + response.reason();
            if (failure == null && !worthRetrying(response.status())) {
                line(n, attempts, seen, "");
                return response;
            }
            if (n == attempts) {
                line(n, attempts, seen, ": giving up");
                return last(response, failure);
            }
            Wait wait = waitAfter(n, response);
            line(n, attempts, seen, ": again in " + Watcher.seconds(wait.duration()) + " s" + wait.why());
            if (!pacer.pause(wait.duration())) {
                Thread.interrupted(); // Ctrl-C ended the retries, not the session
                return last(response, failure);
            }
        }
    }

    /** Network errors, server errors and Too Many Requests may pass; other answers will not change. */
    static boolean worthRetrying(int status) {
        return status >= 500 || status == 429;
    }

    private record Wait(Duration duration, String why) {}

    private Wait waitAfter(int attempt, Response response) {
        if (response != null && (response.status() == 429 || response.status() == 503)) {
            Optional<Duration> asked = RetryAfter.of(response, pacer.now());
            if (asked.isPresent()) {
                return asked.get().compareTo(MAX_RETRY_AFTER) > 0
                        ? new Wait(
                                MAX_RETRY_AFTER, " (Retry-After " + asked.get().toSeconds() + " s, capped)")
                        : new Wait(asked.get(), " (Retry-After)");
            }
        }
        Duration backoff = delay.multipliedBy(1L << Math.min(attempt - 1, 20));
        return new Wait(backoff.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff, "");
    }

    private static Response last(Response response, RestshException failure) {
        if (failure != null) {
            throw failure;
        }
        return response;
    }

    private void line(int attempt, int attempts, String seen, String next) {
        err.println(
                ansi.paint(Ansi.DIM, "retry " + attempt + "/" + attempts + ": " + TerminalText.visible(seen) + next));
        err.flush();
    }
}
