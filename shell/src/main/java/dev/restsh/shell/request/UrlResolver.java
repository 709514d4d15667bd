package dev.restsh.shell.request;

import dev.restsh.shell.RestshException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * Turns what the user typed into an absolute URL: absolute URLs as they are, {@code :8080/path} as localhost
 * (HTTPie's shorthand), anything else relative to the base URL ({@code /get_ips} and {@code get_ips} alike).
 */
public final class UrlResolver {
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

    private UrlResolver() {}

    public static URI resolve(URI base, String target) {
        String text = target.trim();
        if (text.isEmpty()) {
            return base;
        }
        if (SCHEME.matcher(text).matches()) {
            return parse(text);
        }
        if (text.startsWith(":")) {
            return parse("http://localhost" + (text.startsWith(":/") ? text.substring(1) : text));
        }
        if (text.startsWith("//")) {
            return parse(base.getScheme() + ":" + text);
        }
        String baseText = base.toString();
        String joined = baseText.endsWith("/") ? baseText : baseText + "/";
        String relative = text.startsWith("/") ? text.substring(1) : text;
        return parse(joined + relative);
    }

    /** Parses a base URL given by the user; {@code localhost:8080} and {@code :8080} get {@code http://}. */
    public static URI base(String text) {
        String trimmed = text.trim();
        URI uri = trimmed.startsWith(":") ? parse("http://localhost" + trimmed) : absolute(trimmed);
        if (uri.getHost() == null) {
            throw RestshException.usage("invalid base URL '" + text + "': no host");
        }
        return uri;
    }

    /** An absolute URL, {@code http://} when it names no scheme (as curl reads it); spaces and the like escaped. */
    public static URI absolute(String text) {
        return parse(SCHEME.matcher(text).matches() ? text : "http://" + text);
    }

    private static URI parse(String text) {
        try {
            return new URI(text);
        } catch (URISyntaxException e) {
            try {
                // Let users type spaces and other characters that must be escaped in a URL.
                return new URI(text.replace(" ", "%20").replace("\"", "%22").replace("|", "%7C"));
            } catch (URISyntaxException again) {
                throw RestshException.usage("invalid URL '" + text + "': " + e.getReason());
            }
        }
    }
}
