package dev.restsh.server.feed;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/** The feed's own small JSON messages (reset, error, subscribed), the same on both transports. */
final class FeedMessages {
    private FeedMessages() {}

    static String reset(long revision, String reason) {
        return "{\"type\":\"reset\",\"revision\":" + revision + ",\"reason\":" + quoted(reason) + "}";
    }

    static String error(String message) {
        return "{\"type\":\"error\",\"message\":" + quoted(message) + "}";
    }

    static String subscribed(long revision, String filter) {
        return "{\"type\":\"subscribed\",\"revision\":" + revision + ",\"filter\":" + filter + "}";
    }

    static String quoted(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
