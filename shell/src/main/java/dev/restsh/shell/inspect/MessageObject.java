package dev.restsh.shell.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.live.Message;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code _m3} (and {@code message}, the newest): a WebSocket message or server-sent event, with the attributes of
 * a browser's {@code MessageEvent} where they fit ({@code data}, {@code type} for SSE's event name is {@code event}
 * here, {@code id} for its {@code lastEventId}) and a response's {@code text} and {@code json()}.
 */
public final class MessageObject implements Inspectable {
    /** How a message is named in expressions and command arguments. */
    public static final Pattern NAME = Pattern.compile("_m(\\d+)");

    static final List<String> ATTRIBUTES =
            List.of("binary", "data", "direction", "event", "id", "json", "number", "text", "time", "type", "url");

    private final Message message;
    private JsonNode json;

    public MessageObject(Message message) {
        this.message = message;
    }

    public Message message() {
        return message;
    }

    @Override
    public String typeName() {
        return "Message";
    }

    @Override
    public List<String> attributes() {
        return ATTRIBUTES;
    }

    @Override
    public Object attribute(String name) {
        return switch (name) {
            case "text" -> message.text();
            case "data" -> message.binary() ? message.data() : message.text();
            case "json" -> BoundMethod.of(typeName(), name, this::json);
            case "type" -> message.binary() ? "binary" : "text";
            case "binary" -> message.binary();
            case "event" -> message.event();
            case "id" -> message.id();
            case "direction" -> message.direction().word();
            case "time" -> DateTimeFormatter.ISO_INSTANT.format(message.time());
            case "number" -> message.number();
            case "url" -> message.source();
            default -> throw noAttribute(name);
        };
    }

    /** The message's text parsed as JSON (an error when it is not JSON). */
    public JsonNode json() {
        if (json == null) {
            json = Json.parse(message.data());
        }
        return json;
    }

    @Override
    public int len() {
        return message.data().length;
    }

    @Override
    public String repr() {
        return "<Message " + message.name() + " " + message.direction().word() + " "
                + (message.binary() ? "binary" : "text")
                + (message.event() == null ? "" : " event=" + PythonRepr.string(message.event())) + ">";
    }
}
