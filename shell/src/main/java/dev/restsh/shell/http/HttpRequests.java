package dev.restsh.shell.http;

import dev.restsh.shell.RestshException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;

/** Turns a {@link RequestSpec} into a java.net.http request, with one-line errors for what it refuses. */
final class HttpRequests {
    private HttpRequests() {}

    static HttpRequest of(RequestSpec spec, Duration timeout) {
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
        if (spec.headers().contains("host") || spec.headers().contains("connection")) {
            // HTTP/2 has no Connection header (a server resets the stream) and takes the host from :authority,
            // which java.net.http does not let us set: a request that names either is an HTTP/1.1 request.
            builder.version(HttpClient.Version.HTTP_1_1);
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
}
