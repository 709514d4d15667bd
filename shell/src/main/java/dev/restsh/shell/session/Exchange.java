package dev.restsh.shell.session;

import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import java.time.Instant;

/**
 * A numbered response in the session's history (numbers start at 1 and are never reused), with the options it
 * was sent with, so that a command sending it again ({@code next}, {@code watch}) or exporting it keeps them;
 * {@code started} is when its request went out, and {@code importedFrom} names the file it was loaded from
 * ({@code import har}), null for a response this session received.
 */
public record Exchange(int number, Response response, RequestOptions options, Instant started, String importedFrom) {
    public Exchange(int number, Response response, RequestOptions options) {
        this(number, response, options, Instant.now().minus(response.elapsed()), null);
    }

    public boolean imported() {
        return importedFrom != null;
    }

    /**
     * The request as it was sent: the first hop's when the response was redirected ({@code response.request()}
     * is the last hop's, a GET after a 303), so that sending it again follows the same redirects.
     */
    public RequestSpec request() {
        return response.history().isEmpty()
                ? response.request()
                : response.history().get(0).request();
    }
}
