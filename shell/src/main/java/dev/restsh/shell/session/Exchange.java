package dev.restsh.shell.session;

import dev.restsh.shell.http.RequestOptions;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;

/**
 * A numbered response in the session's history (numbers start at 1 and are never reused), with the options it
 * was sent with, so that a command sending it again ({@code next}, {@code watch}) or exporting it keeps them.
 */
public record Exchange(int number, Response response, RequestOptions options) {
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
