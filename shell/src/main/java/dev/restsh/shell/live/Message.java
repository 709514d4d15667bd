package dev.restsh.shell.live;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One message of a live connection, numbered in the session like responses ({@code _m3}): a WebSocket message
 * received or sent, or a server-sent event. Text messages keep their text; binary ones their bytes.
 *
 * @param event the SSE event's type ({@code message} when it names none); null for WebSocket messages
 * @param id the SSE event's id; null when it has none and for WebSocket messages
 * @param source the URL of the connection it came over
 */
public record Message(
        int number,
        Direction direction,
        Instant time,
        boolean binary,
        byte[] data,
        String event,
        String id,
        String source) {

    public enum Direction {
        RECEIVED("received", "←"),
        SENT("sent", "→");

        private final String word;
        private final String arrow;

        Direction(String word, String arrow) {
            this.word = word;
            this.arrow = arrow;
        }

        public String word() {
            return word;
        }

        public String arrow() {
            return arrow;
        }
    }

    /** A message before the log numbers it. */
    public static Message of(Direction direction, boolean binary, byte[] data, String event, String id, String source) {
        return new Message(0, direction, Instant.now(), binary, data, event, id, source);
    }

    Message numbered(int newNumber) {
        return new Message(newNumber, direction, time, binary, data, event, id, source);
    }

    /** The text of a text message (UTF-8, as WebSocket text frames and event streams are). */
    public String text() {
        return new String(data, StandardCharsets.UTF_8);
    }

    /** {@code _m3}: the name the expression language knows it by. */
    public String name() {
        return "_m" + number;
    }
}
