package dev.restsh.shell.har;

import dev.restsh.shell.session.Secrets;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * What an exported HAR shows of secrets: Authorization, cookies, API keys and tokens (in headers, cookies, query
 * parameters and a URL's password) as {@code ***}, unless {@code --show-secrets} asks for them as sent.
 */
final class HarMasking {
    private static final Pattern SECRET_NAME = Pattern.compile(".*(?:" + Secrets.SECRET_WORDS + ").*");

    private final boolean showSecrets;

    HarMasking(boolean showSecrets) {
        this.showSecrets = showSecrets;
    }

    /** A header's value; of cookies only the values are masked, so that a viewer still shows names and attributes. */
    String header(String name, String value) {
        if (showSecrets) {
            return value;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals("cookie")) {
            return cookieValues(value, Integer.MAX_VALUE);
        }
        if (lower.equals("set-cookie")) {
            return cookieValues(value, 1);
        }
        return Secrets.mask(name, value);
    }

    /** {@code name=value} pairs separated by {@code ;}, with the first {@code count} values masked. */
    private static String cookieValues(String header, int count) {
        StringJoiner masked = new StringJoiner("; ");
        int index = 0;
        for (String part : header.split(";")) {
            int equals = part.indexOf('=');
            masked.add(index++ < count && equals > 0 ? part.substring(0, equals + 1) + Secrets.MASK : part.strip());
        }
        return masked.toString();
    }

    String cookie(String value) {
        return showSecrets ? value : Secrets.MASK;
    }

    /** The URL with a password and the values of secret query parameters masked. */
    String url(URI url) {
        if (showSecrets) {
            return url.toString();
        }
        String text = url.toString();
        String userInfo = url.getRawUserInfo();
        if (userInfo != null && userInfo.contains(":")) {
            text = text.replace(
                    userInfo + "@", userInfo.substring(0, userInfo.indexOf(':')) + ":" + Secrets.MASK + "@");
        }
        String query = url.getRawQuery();
        if (query == null) {
            return text;
        }
        StringJoiner masked = new StringJoiner("&");
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            masked.add(
                    equals > 0 && secretName(decode(pair.substring(0, equals)))
                            ? pair.substring(0, equals + 1) + Secrets.MASK
                            : pair);
        }
        return text.replace("?" + query, "?" + masked);
    }

    /** HAR's {@code queryString}: the URL's parameters, decoded, secret values masked. */
    List<Map.Entry<String, String>> queryString(URI url) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        String query = url.getRawQuery();
        if (query == null || query.isEmpty()) {
            return list;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            list.add(Map.entry(name, showSecrets || !secretName(name) ? value : Secrets.MASK));
        }
        return list;
    }

    private static boolean secretName(String name) {
        return SECRET_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
