package dev.restsh.shell.inspect;

import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.http.Response;
import java.net.URI;
import java.util.Optional;

/** {@code response.next}: the request a redirect asks for, prepared as requests' resolve_redirects would. */
final class RedirectTarget {
    private RedirectTarget() {}

    static Optional<RequestSpec> of(Response response) {
        if (!response.isRedirect()) {
            return Optional.empty();
        }
        URI target;
        try {
            target = response.url().resolve(response.headers().first("location").orElseThrow());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        RequestSpec request = response.request();
        int status = response.status();
        String method = request.method();
        // requests' rebuild_method: 303 (but HEAD), 302 (but HEAD) and a POST answered with 301 become GET.
        if (status == 303 && !method.equals("HEAD")
                || status == 302 && !method.equals("HEAD")
                || status == 301 && method.equals("POST")) {
            method = "GET";
        }
        byte[] body = status == 307 || status == 308 ? request.body() : new byte[0];
        return Optional.of(request.withTarget(method, target, body));
    }
}
