package dev.restsh.shell.http;

import java.time.Duration;

/**
 * How one request is sent: redirects, timeout, protocol version, certificate checks, proxy (null: the session's,
 * see {@link ApiClient}).
 */
public record RequestOptions(
        boolean followRedirects, Duration timeout, boolean http1Only, TlsSettings tls, ProxySetting proxy) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public RequestOptions {
        tls = tls == null ? TlsSettings.DEFAULT : tls;
        timeout = timeout != null && timeout.isZero() ? null : timeout; // 0 (--timeout 0, the config's): no limit
    }

    public RequestOptions(boolean followRedirects, Duration timeout, boolean http1Only, TlsSettings tls) {
        this(followRedirects, timeout, http1Only, tls, null);
    }

    public RequestOptions withProxy(ProxySetting newProxy) {
        return new RequestOptions(followRedirects, timeout, http1Only, tls, newProxy);
    }

    public RequestOptions(boolean followRedirects, Duration timeout, boolean http1Only) {
        this(followRedirects, timeout, http1Only, TlsSettings.DEFAULT);
    }

    public static RequestOptions defaults() {
        return new RequestOptions(true, DEFAULT_TIMEOUT, false);
    }
}
