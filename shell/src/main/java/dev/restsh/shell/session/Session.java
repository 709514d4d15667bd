package dev.restsh.shell.session;

import dev.restsh.shell.http.ApiClient;
import dev.restsh.shell.http.Headers;
import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The state of one session: base URL, headers sent with every request, variables and the response history. */
public final class Session {
    public static final String DEFAULT_BASE = "http://localhost:8080";

    private URI base;
    private final Headers headers = new Headers();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final ExchangeHistory history = new ExchangeHistory();
    private final ApiClient client = new ApiClient();
    private Duration timeout = RequestOptions.DEFAULT_TIMEOUT;

    public Session(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    public void base(URI newBase) {
        base = newBase;
    }

    public Headers headers() {
        return headers;
    }

    public Map<String, String> variables() {
        return variables;
    }

    public ExchangeHistory history() {
        return history;
    }

    /** The timeout of requests sent without {@code --timeout} (the config file's {@code timeout}). */
    public Duration timeout() {
        return timeout;
    }

    public void timeout(Duration newTimeout) {
        timeout = newTimeout;
    }

    public ApiClient client() {
        return client;
    }

    /** Sends a request and keeps the response in the history. */
    public Exchange send(RequestSpec request, RequestOptions options) {
        return history.add(client.send(request, options));
    }
}
