package dev.restsh.shell.session;

import dev.restsh.shell.http.Response;
import java.util.Locale;

/**
 * Reads {@code WWW-Authenticate} (RFC 9110 §11.6.1, RFC 6750 §3) for one question: did the server reject the
 * bearer token itself ({@code Bearer error="invalid_token"}), so that a renewed token may succeed?
 */
public final class BearerChallenge {
    private final String text;
    private int at;

    private BearerChallenge(String text) {
        this.text = text;
    }

    public static boolean rejectsToken(Response response) {
        if (response.status() != 401) {
            return false;
        }
        for (String value : response.headers().all("www-authenticate")) {
            if (new BearerChallenge(value).hasInvalidToken()) {
                return true;
            }
        }
        return false;
    }

    /** Walks the challenges of one header value: {@code scheme [token68 | param=value, ...]}, comma-separated. */
    private boolean hasInvalidToken() {
        String scheme = null;
        while (skip() < text.length()) {
            if (text.charAt(at) == ',') {
                at++;
                continue;
            }
            String word = token();
            if (word.isEmpty()) {
                return false; // not a challenge list restsh understands
            }
            skip();
            if (at == text.length() || text.charAt(at) != '=') {
                scheme = word.toLowerCase(Locale.ROOT); // a new challenge
                continue;
            }
            at++;
            if (at == text.length() || text.charAt(at) == '=' || text.charAt(at) == ',') {
                while (at < text.length() && text.charAt(at) == '=') {
                    at++; // a token68's padding, not a parameter
                }
                continue;
            }
            skip();
            String value = value();
            if ("bearer".equals(scheme) && word.equalsIgnoreCase("error") && value.equals("invalid_token")) {
                return true;
            }
        }
        return false;
    }

    private String value() {
        if (at < text.length() && text.charAt(at) == '"') {
            StringBuilder value = new StringBuilder();
            at++;
            while (at < text.length() && text.charAt(at) != '"') {
                char c = text.charAt(at++);
                if (c == '\\' && at < text.length()) {
                    c = text.charAt(at++);
                }
                value.append(c);
            }
            at++;
            return value.toString();
        }
        return token();
    }

    private String token() {
        int start = at;
        while (at < text.length() && "\t ,=\"".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        return text.substring(start, at);
    }

    private int skip() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }
}
