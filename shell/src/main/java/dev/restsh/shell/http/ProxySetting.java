package dev.restsh.shell.http;

import dev.restsh.shell.RestshException;
import java.net.URI;
import java.util.Locale;

/**
 * Which proxy requests go through: the environment's variables (the default), none ({@code --proxy none}), or one
 * given explicitly ({@code --proxy http://user:pass@host:port}, the config's {@code proxy}), which applies to every
 * host, loopback included, except those {@code no_proxy} names (as curl's {@code --proxy} does).
 */
public final class ProxySetting {
    public static final ProxySetting ENVIRONMENT = new ProxySetting(null, "environment");
    public static final ProxySetting NONE = new ProxySetting(null, "none");

    private final URI url;
    private final String kind;

    private ProxySetting(URI url, String kind) {
        this.url = url;
        this.kind = kind;
    }

    /** {@code none}, or a proxy URL ({@code http://} assumed when the scheme is left out). */
    public static ProxySetting parse(String text) {
        String value = text.strip();
        if (value.equalsIgnoreCase("none") || value.equalsIgnoreCase("off")) {
            return NONE;
        }
        URI url;
        try {
            url = URI.create(value.contains("://") ? value : "http://" + value);
        } catch (IllegalArgumentException e) {
            throw RestshException.usage("proxy: not a URL (" + e.getMessage().replace(value, "…") + ")");
        }
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        if (url.getHost() == null || !scheme.equals("http")) {
            throw RestshException.usage("proxy: expected http://[USER:PASS@]HOST[:PORT] or none, not "
                    + UrlCredentials.shown(url)
                    + (scheme.equals("http")
                            ? ""
                            : " (only HTTP proxies are supported; https:// goes through them with CONNECT)"));
        }
        return new ProxySetting(url, "explicit");
    }

    /** The explicit proxy's URL (with its credentials), or null for the environment's or none. */
    public URI url() {
        return url;
    }

    boolean fromEnvironment() {
        return this == ENVIRONMENT;
    }

    /** A key for caching one client per setting (the proxy's address, not its credentials). */
    String key() {
        return url == null ? kind : "proxy:" + url.getHost() + ":" + Ports.of(url);
    }

    /** How it is shown: the URL with its password masked. */
    @Override
    public String toString() {
        return url == null ? kind : UrlCredentials.shown(url);
    }
}
