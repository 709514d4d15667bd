package dev.restsh.shell.http;

import java.net.URI;

/** The port a URL means, written or not. */
public final class Ports {
    private Ports() {}

    /** The URL's port, else its scheme's default (443 for https, 80 otherwise). */
    public static int of(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
    }
}
