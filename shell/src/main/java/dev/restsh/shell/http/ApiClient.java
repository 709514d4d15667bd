package dev.restsh.shell.http;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sends requests and follows redirects itself, so that every hop is kept in the response's history as requests
 * does. Plain-HTTP requests with standard methods go through HttpURLConnection (fast to start); HTTPS, HTTP/2
 * and other methods through java.net.http.
 */
public final class ApiClient {
    private final CookieManager cookies = new CookieManager();
    private final UrlConnectionTransport plain = new UrlConnectionTransport(cookies);
    private final HttpClientTransport full = new HttpClientTransport(cookies);

    public CookieManager cookies() {
        return cookies;
    }

    public Response send(RequestSpec spec, RequestOptions options) {
        List<Response> hops = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        RequestSpec current = spec;
        while (true) {
            Response response = sendOnce(current, options);
            if (!options.followRedirects() || !response.isRedirect()) {
                return response.withHistory(List.copyOf(hops));
            }
            hops.add(response);
            URI location =
                    current.url().resolve(response.headers().first("location").orElseThrow());
            if (!seen.add(current.method() + " " + current.url()) || seen.contains(current.method() + " " + location)) {
                throw new RestshException(ExitStatus.REDIRECT, "redirect loop: " + current.url() + " -> " + location);
            }
            if (hops.size() >= RedirectPolicy.MAX_HOPS) {
                throw new RestshException(
                        ExitStatus.REDIRECT,
                        "too many redirects (more than " + RedirectPolicy.MAX_HOPS + ") from " + spec.url());
            }
            current = RedirectPolicy.nextHop(current, response.status(), location);
        }
    }

    private Response sendOnce(RequestSpec spec, RequestOptions options) {
        try {
            return UrlConnectionTransport.supports(spec, options)
                    ? plain.send(spec, options)
                    : full.send(spec, options);
        } catch (InterruptedException e) {
            // Ctrl-C while waiting: the request is dropped, the shell goes on.
            Thread.currentThread().interrupt();
            throw new RestshException(ExitStatus.NETWORK, "request cancelled: " + spec.method() + " " + spec.url());
        } catch (IOException e) {
            throw NetworkErrors.describe(spec.url(), e);
        }
    }
}
