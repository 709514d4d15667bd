package dev.restsh.shell.http;

import java.net.CookieStore;
import java.net.HttpCookie;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Cookie header a browser sends (RFC 6265 5.4): {@code name=value} pairs, longest path first. The JDK's
 * CookieManager would send RFC 2965's {@code $Version="1"; name="value";$Path="/"} for any cookie its parser took
 * for version 1 (one with a Max-Age, for instance), which servers do not expect.
 */
final class CookieHeader {
    private CookieHeader() {}

    /** The header's value for a request to this URL; empty when no cookie goes there. */
    static String forUrl(CookieStore store, URI url) {
        boolean secure = "https".equalsIgnoreCase(url.getScheme());
        String path = url.getPath() == null || url.getPath().isEmpty() ? "/" : url.getPath();
        List<HttpCookie> sent = new ArrayList<>();
        // The store matches the domain and drops expired cookies.
        for (HttpCookie cookie : store.get(url)) {
            if ((secure || !cookie.getSecure()) && pathMatches(path, cookie.getPath())) {
                sent.add(cookie);
            }
        }
        if (sent.isEmpty()) {
            return ""; // the usual case, without the sorting and joining below (start-up: their first use costs)
        }
        sent.sort(Comparator.comparingInt((HttpCookie cookie) -> length(cookie.getPath()))
                .reversed());
        return sent.stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    /** The user's Cookie header with the jar's pairs after it, less the pairs it already has from the jar. */
    static String merge(String given, String fromJar) {
        Set<String> jarPairs = Set.of(fromJar.split("; "));
        String own = Arrays.stream(given.split(";"))
                .map(String::trim)
                .filter(pair -> !pair.isEmpty() && !jarPairs.contains(pair))
                .collect(Collectors.joining("; "));
        return own.isEmpty() ? fromJar : own + "; " + fromJar;
    }

    /** RFC 6265 5.1.4: {@code /api} matches {@code /api} and {@code /api/x}, not {@code /apix}. */
    private static boolean pathMatches(String path, String cookiePath) {
        if (cookiePath == null || cookiePath.isEmpty() || path.equals(cookiePath)) {
            return true;
        }
        return path.startsWith(cookiePath) && (cookiePath.endsWith("/") || path.charAt(cookiePath.length()) == '/');
    }

    private static int length(String path) {
        return path == null ? 0 : path.length();
    }
}
