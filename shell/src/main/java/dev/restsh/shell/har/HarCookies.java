package dev.restsh.shell.har;

import dev.restsh.shell.http.Headers;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** HAR's {@code cookies} lists, read from the Cookie header sent and the Set-Cookie headers received. */
final class HarCookies {
    private static final DateTimeFormatter RFC_1123 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss zzz", Locale.ROOT);

    private HarCookies() {}

    /** The cookies of the Cookie headers: name and value. */
    static List<Map.Entry<String, String>> sent(Headers headers, HarMasking masking) {
        List<Map.Entry<String, String>> list = new ArrayList<>();
        for (String header : headers.all("cookie")) {
            for (String pair : header.split(";")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    list.add(Map.entry(
                            pair.substring(0, equals).strip(),
                            masking.cookie(pair.substring(equals + 1).strip())));
                }
            }
        }
        return list;
    }

    /**
     * The cookies of the Set-Cookie headers, each HAR's fields in order: {@code name}, {@code value}, then its
     * attributes as strings, {@code httpOnly} and {@code secure} as booleans (an attribute given twice: the last).
     */
    static List<Map<String, Object>> received(Headers headers, HarMasking masking) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (String header : headers.all("set-cookie")) {
            String[] parts = header.split(";");
            int equals = parts[0].indexOf('=');
            if (equals <= 0) {
                continue;
            }
            Map<String, Object> cookie = new LinkedHashMap<>();
            cookie.put("name", parts[0].substring(0, equals).strip());
            cookie.put("value", masking.cookie(parts[0].substring(equals + 1).strip()));
            list.add(cookie);
            for (int i = 1; i < parts.length; i++) {
                attribute(cookie, parts[i].strip());
            }
        }
        return list;
    }

    /** HAR writes dates in ISO 8601; Set-Cookie in RFC 1123's form. A date that is neither is left out. */
    private static Optional<String> expires(String value) {
        try {
            return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    ZonedDateTime.parse(value.replace('-', ' '), RFC_1123).toOffsetDateTime()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static void attribute(Map<String, Object> cookie, String attribute) {
        int equals = attribute.indexOf('=');
        String name = (equals < 0 ? attribute : attribute.substring(0, equals)).toLowerCase(Locale.ROOT);
        String value = equals < 0 ? "" : attribute.substring(equals + 1).strip();
        switch (name) {
            case "path" -> cookie.put("path", value);
            case "domain" -> cookie.put("domain", value);
            case "expires" -> expires(value).ifPresent(date -> cookie.put("expires", date));
            case "httponly" -> cookie.put("httpOnly", true);
            case "secure" -> cookie.put("secure", true);
            default -> {} // Max-Age, SameSite: HAR 1.2 has no field for them
        }
    }
}
