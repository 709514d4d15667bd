package dev.restsh.shell.live;

import dev.restsh.shell.render.StreamRenderer;
import java.nio.charset.StandardCharsets;

/** Keeps each event of a live stream (server-sent events, JSON Lines) as a received message while it is shown. */
public final class StreamMessages implements StreamRenderer.Events {
    private final MessageLog log;
    private boolean first = true;

    public StreamMessages(MessageLog log) {
        this.log = log;
    }

    @Override
    public void arrived(String source, String event, String id, String data) {
        if (first) { // a new stream: expect message looks at its events from here
            log.expectFromNow();
            first = false;
        }
        log.add(Message.of(
                Message.Direction.RECEIVED, false, data.getBytes(StandardCharsets.UTF_8), event, id, source));
    }
}
