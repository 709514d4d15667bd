package dev.restsh.shell.oauth;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The tokens one grant gave: the access token sent as {@code Authorization: Bearer}, the refresh token if any,
 * when they were obtained and when the access token expires (null when the server did not say), and the scopes.
 */
public record TokenSet(String accessToken, String refreshToken, Instant obtained, Instant expires, String scope) {
    /** Renewal starts at most this long before expiry. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    /** A token endpoint's answer (RFC 6749 section 5.1); the scope asked for when the server names none. */
    static TokenSet from(JsonNode answer, Instant now, String requestedScope) {
        JsonNode access = answer.get("access_token");
        if (access == null || !access.isTextual() || access.asText().isEmpty()) {
            throw new OAuth2Error("invalid_response", "the token endpoint answered without an access_token");
        }
        String type = answer.path("token_type").asText("bearer");
        if (!type.toLowerCase(Locale.ROOT).equals("bearer")) {
            throw new OAuth2Error(
                    "unsupported_token_type", "the token endpoint issued a " + type + " token; restsh sends Bearer");
        }
        JsonNode expiresIn = answer.get("expires_in");
        Instant expires = null;
        if (expiresIn != null && expiresIn.asLong(0) > 0) {
            expires = now.plusSeconds(expiresIn.asLong());
        }
        String refresh =
                answer.hasNonNull("refresh_token") ? answer.get("refresh_token").asText() : null;
        String scope = answer.hasNonNull("scope") ? answer.get("scope").asText() : requestedScope;
        return new TokenSet(access.asText(), refresh, now, expires, scope);
    }

    /** This answer to a refresh, keeping the old refresh token when the server sent no new one (section 6). */
    TokenSet after(TokenSet previous) {
        return refreshToken != null || previous == null
                ? this
                : new TokenSet(accessToken, previous.refreshToken, obtained, expires, scope);
    }

    /**
     * True shortly before expiry: within 30 seconds, or a quarter of the token's lifetime for short-lived ones,
     * so a request never leaves with a token that expires on the way.
     */
    boolean dueForRenewal(Instant now) {
        if (expires == null) {
            return false;
        }
        Duration lifetime = Duration.between(obtained, expires);
        Duration margin = lifetime.dividedBy(4).compareTo(MARGIN) < 0 ? lifetime.dividedBy(4) : MARGIN;
        return !now.isBefore(expires.minus(margin));
    }

    /** The time left before expiry; null when unknown. */
    Duration left(Instant now) {
        return expires == null ? null : Duration.between(now, expires);
    }

    @Override
    public String toString() {
        // Never the tokens themselves: a record's default toString would print them in any stack trace or log.
        return "TokenSet[expires=" + expires + ", scope=" + scope + ", refresh=" + (refreshToken != null) + "]";
    }
}
