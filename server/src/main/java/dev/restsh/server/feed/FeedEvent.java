package dev.restsh.server.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restsh.server.inventory.IpChanged;
import dev.restsh.server.inventory.StoredIp;
import java.io.UncheckedIOException;

/**
 * One change in the feed: its revision (the event id), kind, and the entry as {@code GET /ips/{ip}} shows it, written
 * to JSON once and shared by every connection.
 */
public record FeedEvent(long revision, IpChanged.Kind kind, StoredIp entry, String entryJson) {

    public static FeedEvent of(long revision, IpChanged change, ObjectMapper json) {
        try {
            return new FeedEvent(
                    revision,
                    change.kind(),
                    change.entry(),
                    json.writeValueAsString(change.entry().view()));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As a server-sent event: id, event type, data. */
    public String sse() {
        return "id: " + revision + "\nevent: " + kind.label() + "\ndata: " + entryJson + "\n\n";
    }

    /** As a WebSocket message: the entry's fields after {@code type} and {@code revision}. */
    public String message() {
        return "{\"type\":\"" + kind.label() + "\",\"revision\":" + revision + "," + entryJson.substring(1);
    }
}
