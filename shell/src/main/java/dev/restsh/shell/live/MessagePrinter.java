package dev.restsh.shell.live;

import com.fasterxml.jackson.databind.JsonNode;
import dev.restsh.shell.Console;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.json.Json;
import dev.restsh.shell.render.Ansi;
import dev.restsh.shell.render.JsonTreePrinter;
import dev.restsh.shell.render.Sizes;
import dev.restsh.shell.render.TerminalText;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * A message in words: on a terminal a dim head ({@code ← _m3 12:00:01.234 text}) and the payload, JSON
 * pretty-printed by the one JSON printer and text with its control characters made visible; to a pipe or file only
 * the payload, as sent. Binary payloads are summarised, as binary bodies are.
 */
public final class MessagePrinter {
    /**
     * The most of one message shown on a terminal (it shows above the prompt, with no pager): the rest is kept, and
     * read with {@code _mN.text}. Piped, a message is written whole.
     */
    static final int TERMINAL_LIMIT = 64 << 10;

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private final Console console;

    public MessagePrinter(Console console) {
        this.console = console;
    }

    /** The head and payload of a received message. */
    public String received(Message message) {
        StringBuilder text = new StringBuilder();
        if (console.terminal()) {
            text.append(head(message)).append('\n');
        }
        return text.append(payload(message)).toString();
    }

    /** One line for a message sent: the payload is what the user just typed. */
    public String sent(Message message) {
        return head(message) + "  " + Sizes.bytes(message.data().length) + "\n";
    }

    private String head(Message message) {
        StringBuilder head = new StringBuilder()
                .append(message.direction().arrow())
                .append(' ')
                .append(message.name())
                .append(' ')
                .append(CLOCK.format(message.time()))
                .append(' ')
                .append(message.binary() ? "binary" : "text");
        if (message.event() != null) {
            head.append("  event: ").append(message.event());
        }
        if (message.id() != null) {
            head.append("  id: ").append(message.id());
        }
        return new Ansi(console.colour()).paint(Ansi.DIM, TerminalText.visible(head.toString()));
    }

    private String payload(Message message) {
        if (message.binary()) {
            return "[binary message: " + Sizes.bytes(message.data().length) + "; read it with: " + message.name()
                    + ".data]\n";
        }
        if (!console.terminal()) {
            return message.text() + "\n";
        }
        if (message.data().length > TERMINAL_LIMIT) {
            String start = new String(message.data(), 0, TERMINAL_LIMIT, java.nio.charset.StandardCharsets.UTF_8);
            return (console.escapes() ? TerminalText.visible(start) : start) + "\n[... cut: "
                    + Sizes.bytes(TERMINAL_LIMIT) + " of " + Sizes.bytes(message.data().length)
                    + " shown; the whole message: " + message.name() + ".text]\n";
        }
        String text = message.text();
        try {
            JsonNode json = Json.parse(text);
            return new JsonTreePrinter(console.colour(), true).format(json);
        } catch (RestshException notJson) {
            String shown = console.escapes() ? TerminalText.visible(text) : text;
            return shown.endsWith("\n") ? shown : shown + "\n";
        }
    }
}
