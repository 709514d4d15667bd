package dev.restsh.shell.http;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One HTTP response as received, with the request that produced it and the redirect hops before it (oldest
 * first), like a {@code requests.Response}.
 */
public record Response(
        RequestSpec request,
        String version,
        int status,
        URI url,
        Headers headers,
        Body body,
        Duration elapsed,
        List<Response> history) {

    public String reason() {
        return ReasonPhrases.of(status);
    }

    public boolean ok() {
        return status < 400;
    }

    public boolean isRedirect() {
        return headers.contains("location") && RedirectPolicy.isRedirect(status);
    }

    public String contentType() {
        return headers.first("content-type").orElse("");
    }

    public Response withHistory(List<Response> hops) {
        return new Response(request, version, status, url, headers, body, elapsed, hops);
    }
}
