package dev.restsh.shell.http;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The usual proxy environment variables, as curl and requests read them: {@code http_proxy} / {@code HTTP_PROXY}
 * for http://, {@code https_proxy} / {@code HTTPS_PROXY} for https://, {@code all_proxy} for both, and
 * {@code no_proxy} (comma-separated hosts or domain suffixes, {@code *} for all) for exceptions.
 */
public final class EnvProxies {
    private final Map<String, String> env;

    public EnvProxies(Map<String, String> env) {
        this.env = env;
    }

    /** The proxy URL the variables name for this target (with any {@code user:pass@}), or empty. */
    Optional<URI> proxyUrl(URI url) {
        String scheme = String.valueOf(url.getScheme()).toLowerCase(Locale.ROOT);
        String setting =
                variable(scheme + "_proxy").or(() -> variable("all_proxy")).orElse(null);
        if (setting == null || bypassed(url.getHost())) {
            return Optional.empty();
        }
        URI proxy = URI.create(setting.contains("://") ? setting : "http://" + setting);
        return proxy.getHost() == null ? Optional.empty() : Optional.of(proxy);
    }

    /** Whether any proxy variable is set at all (so clients without proxies can be used otherwise). */
    boolean any() {
        return variable("http_proxy")
                .or(() -> variable("https_proxy"))
                .or(() -> variable("all_proxy"))
                .isPresent();
    }

    /** Whether {@code no_proxy} names this host: it then goes direct, whichever proxy is set. */
    boolean bypassed(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        for (String entry : variable("no_proxy").orElse("").split(",")) {
            String rule = entry.trim().toLowerCase(Locale.ROOT).replaceAll(":\\d+$", "");
            if (rule.equals("*")) {
                return true;
            }
            rule = rule.startsWith(".") ? rule.substring(1) : rule;
            if (!rule.isEmpty() && (name.equals(rule) || name.endsWith("." + rule))) {
                return true;
            }
        }
        return false;
    }

    /** Lower case first (curl ignores upper-case HTTP_PROXY, requests reads both). */
    private Optional<String> variable(String lower) {
        String value = env.get(lower);
        if (value == null || value.isBlank()) {
            value = env.get(lower.toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
