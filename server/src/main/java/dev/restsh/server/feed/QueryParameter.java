package dev.restsh.server.feed;

import dev.restsh.server.error.ProblemException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** One parameter of a raw query string (the WebSocket handshake gives the query, not its parameters). */
final class QueryParameter {
    private QueryParameter() {}

    static String of(String query, String name) {
        if (query == null) {
            return null;
        }
        try {
            return find(query, name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("The query is not URL-encoded text: " + e.getMessage() + ".");
        }
    }

    private static String find(String query, String name) {
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                return equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
