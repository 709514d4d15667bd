package dev.restsh.shell.http;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Sends requests with java.net.http and follows redirects itself, so that every hop is kept in the response's
 * history as requests does. The client is created on first use: its creation loads the TLS defaults.
 */
public final class ApiClient {
    private final CookieManager cookies = new CookieManager();
    private HttpClient client;
    private HttpClient http1Client;

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
        HttpRequest request = toHttpRequest(spec, options.timeout());
        long start = System.nanoTime();
        CompletableFuture<HttpResponse<byte[]>> future =
                client(spec.url(), options).sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> received = future.get();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Response(
                    spec,
                    received.version() == HttpClient.Version.HTTP_2 ? "HTTP/2" : "HTTP/1.1",
                    received.statusCode(),
                    received.uri(),
                    Headers.of(received.headers().map()),
                    received.body(),
                    elapsed,
                    List.of());
        } catch (InterruptedException e) {
            // Ctrl-C while waiting: drop the request, keep the shell.
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new RestshException(ExitStatus.NETWORK, "request cancelled: " + spec.method() + " " + spec.url());
        } catch (CancellationException e) {
            throw new RestshException(ExitStatus.NETWORK, "request cancelled: " + spec.method() + " " + spec.url());
        } catch (ExecutionException e) {
            throw NetworkErrors.describe(spec.url(), e.getCause() == null ? e : e.getCause());
        }
    }

    private static HttpRequest toHttpRequest(RequestSpec spec, Duration timeout) {
        HttpRequest.BodyPublisher body = spec.body().length == 0
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(spec.body());
        HttpRequest.Builder builder;
        try {
            builder = HttpRequest.newBuilder(spec.url()).method(spec.method(), body);
        } catch (IllegalArgumentException e) {
            throw RestshException.usage("invalid URL " + spec.url() + ": " + e.getMessage());
        }
        if (timeout != null) {
            builder.timeout(timeout);
        }
        for (Headers.Field field : spec.headers().fields()) {
            try {
                builder.header(field.name(), field.value());
            } catch (IllegalArgumentException e) {
                throw RestshException.usage("cannot send header " + field.name() + ": " + e.getMessage());
            }
        }
        return builder.build();
    }

    private synchronized HttpClient client(URI url, RequestOptions options) {
        // HTTP/2 is negotiated over TLS (ALPN); on plain http:// an h2c upgrade only adds a round of headers.
        if (options.http1Only() || !"https".equalsIgnoreCase(url.getScheme())) {
            if (http1Client == null) {
                http1Client = newClient(options, HttpClient.Version.HTTP_1_1);
            }
            return http1Client;
        }
        if (client == null) {
            client = newClient(options, HttpClient.Version.HTTP_2);
        }
        return client;
    }

    private HttpClient newClient(RequestOptions options, HttpClient.Version version) {
        HttpClient.Builder builder = HttpClient.newBuilder()
                .version(version)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(cookies);
        if (options.timeout() != null) {
            builder.connectTimeout(options.timeout());
        }
        return builder.build();
    }
}
