package dev.restsh.shell.http;

import java.net.URI;
import java.util.Set;

/** Which responses are redirects and how the next hop's method and body follow from them (as requests does). */
public final class RedirectPolicy {
    public static final int MAX_HOPS = 30;
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private RedirectPolicy() {}

    public static boolean isRedirect(int status) {
        return REDIRECTS.contains(status);
    }

    /** The request for the next hop: 303 (and 301/302 for POST) become a bodiless GET; 307/308 keep both. */
    public static RequestSpec nextHop(RequestSpec previous, int status, URI location) {
        String method = previous.method();
        boolean toGet = (status == 303 && !method.equals("HEAD"))
                || ((status == 301 || status == 302) && method.equals("POST"));
        if (toGet) {
            RequestSpec next = previous.withTarget("GET", location, new byte[0]);
            next.headers().remove("content-type").remove("content-length");
            if (!sameOrigin(previous.url(), location)) {
                next.headers().remove("authorization");
            }
            return next;
        }
        RequestSpec next = previous.withTarget(method, location, previous.body());
        if (!sameOrigin(previous.url(), location)) {
            // Credentials are never forwarded to another host, as requests does.
            next.headers().remove("authorization");
        }
        return next;
    }

    /** Same scheme, host and port (RFC 6454's origin); false when either is missing. */
    public static boolean sameOrigin(URI a, URI b) {
        return a != null
                && b != null
                && String.valueOf(a.getScheme()).equalsIgnoreCase(String.valueOf(b.getScheme()))
                && String.valueOf(a.getHost()).equalsIgnoreCase(String.valueOf(b.getHost()))
                && a.getPort() == b.getPort();
    }
}
