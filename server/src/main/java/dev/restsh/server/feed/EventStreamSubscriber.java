package dev.restsh.server.feed;

import io.vertx.core.http.HttpServerResponse;

/** A {@code text/event-stream} response that carries the feed. */
final class EventStreamSubscriber extends FeedSubscriber {
    private final HttpServerResponse response;

    EventStreamSubscriber(HttpServerResponse response, int buffer, EntryFilter filter) {
        super(buffer, filter);
        this.response = response;
    }

    @Override
    protected void announceSubscribed(long head) {
        response.write(": inventory changes after revision " + head + "\n\n");
    }

    @Override
    protected void send(FeedEvent event) {
        response.write(event.sse()).onComplete(done -> written());
    }

    @Override
    protected void announceReset(long revision, String reason) {
        response.write("id: " + revision + "\nevent: reset\ndata: " + FeedMessages.reset(revision, reason) + "\n\n");
    }

    @Override
    protected void disconnect(String reason) {
        if (!response.ended()) {
            response.end("event: error\ndata: " + FeedMessages.error(reason) + "\n\n");
        }
    }

    void keepAlive() {
        if (!disconnected() && !response.ended()) {
            response.write(":\n\n");
        }
    }
}
