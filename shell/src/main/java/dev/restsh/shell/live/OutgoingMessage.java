package dev.restsh.shell.live;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.http.RequestSpec;
import dev.restsh.shell.line.LineSplitter;
import dev.restsh.shell.request.BodySource;
import dev.restsh.shell.request.RequestBuilder;
import dev.restsh.shell.request.RequestItem;
import dev.restsh.shell.request.RequestItemParser;
import dev.restsh.shell.request.Templates;
import dev.restsh.shell.session.Session;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code send} (and {@code ws --send}) sends, read from what was typed: JSON as typed (a line starting with
 * {@code {} or {@code [}); request items ({@code ip=10.0.0.1 tags:='["a"]'}) made into one JSON object, as the
 * body of {@code post} would be; {@code @FILE} (text when it is UTF-8, binary otherwise); else the text as typed, one
 * quoted word losing its quotes. {@code {{variables}}} are filled in everywhere.
 */
public record OutgoingMessage(boolean binary, byte[] data) {

    public static OutgoingMessage read(String typed, Session session, Path folder) {
        String text = typed.strip();
        if (text.isEmpty()) {
            throw RestshException.usage("send takes a message: TEXT, JSON, key=value items or @FILE");
        }
        if (text.startsWith("{") || text.startsWith("[")) {
            return text(Templates.expand(text, session.variables()));
        }
        List<String> words;
        try {
            words = LineSplitter.split(text);
        } catch (RestshException unclosedQuote) {
            return text(Templates.expand(text, session.variables()));
        }
        if (isBodyFile(words) || allFields(words)) {
            RequestSpec built = new RequestBuilder(session)
                    .build("POST", session.base().toString(), words, new BodySource(false, false, null, folder));
            return isBodyFile(words) ? file(built.body()) : new OutgoingMessage(false, built.body());
        }
        return text(Templates.expand(LineSplitter.filter(text), session.variables()));
    }

    private static boolean isBodyFile(List<String> words) {
        return words.size() == 1 && words.get(0).startsWith("@") && words.get(0).length() > 1;
    }

    private static boolean allFields(List<String> words) {
        for (String word : words) {
            try {
                RequestItem.Kind kind = RequestItemParser.parse(word).kind();
                if (!kind.isField() || kind == RequestItem.Kind.UPLOAD) {
                    return false;
                }
            } catch (RestshException notAnItem) {
                return false;
            }
        }
        return true;
    }

    private static OutgoingMessage text(String text) {
        return new OutgoingMessage(false, text.getBytes(StandardCharsets.UTF_8));
    }

    private static OutgoingMessage file(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
            return new OutgoingMessage(false, content);
        } catch (CharacterCodingException e) {
            return new OutgoingMessage(true, content);
        }
    }

    /** Sends it over the connection, and returns the message as kept. */
    public Message sendOver(WebSocketConnection connection, java.time.Duration timeout) {
        return binary
                ? connection.sendBinary(data, timeout)
                : connection.sendText(new String(data, StandardCharsets.UTF_8), timeout);
    }
}
