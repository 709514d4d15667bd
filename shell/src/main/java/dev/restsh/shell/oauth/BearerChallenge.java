package dev.restsh.shell.oauth;

import dev.restsh.shell.http.Headers;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads RFC 6750's side of a request and its answer: the bearer token sent, and an {@code invalid_token} challenge. */
final class BearerChallenge {
    /** A Bearer challenge with {@code error="invalid_token"} (quoted or not) among its parameters. */
    private static final Pattern INVALID_TOKEN =
            Pattern.compile("(?i)(?:^|,)\\s*bearer\\b.*?\\berror\\s*=\\s*\"?invalid_token\\b");

    private BearerChallenge() {}

    static boolean invalidToken(Headers responseHeaders) {
        return responseHeaders.all("www-authenticate").stream()
                .anyMatch(value -> INVALID_TOKEN.matcher(value).find());
    }

    /** The token of a request's {@code Authorization: Bearer TOKEN}; null without one. */
    static String bearerToken(Headers requestHeaders) {
        String value = requestHeaders.first("authorization").orElse("").strip();
        return value.toLowerCase(Locale.ROOT).startsWith("bearer ")
                ? value.substring("bearer ".length()).strip()
                : null;
    }
}
