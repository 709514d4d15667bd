package dev.restsh.shell.http;

import java.time.Duration;

/** How one request is sent: redirects, timeout, protocol version. */
public record RequestOptions(boolean followRedirects, Duration timeout, boolean http1Only) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public static RequestOptions defaults() {
        return new RequestOptions(true, DEFAULT_TIMEOUT, false);
    }
}
