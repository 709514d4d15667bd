package dev.restsh.server.feed;

import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * One connection's view of the feed: a filter and a bounded count of events handed to the connection but not yet
 * written to its socket. A consumer that lets more pile up is disconnected with a reason rather than buffered without
 * limit. Calls come from the feed under its lock, in revision order; they must not block.
 */
abstract class FeedSubscriber {
    private static final Logger LOG = Logger.getLogger(FeedSubscriber.class);
    private final int buffer;
    private final AtomicInteger unsent = new AtomicInteger();
    /** Events replayed on (re)subscribing may exceed the buffer: they are bounded by the feed's retained window. */
    private int replayAllowance;

    private volatile EntryFilter filter;
    private volatile boolean disconnected;
    private volatile long lastSent = -1;

    FeedSubscriber(int buffer, EntryFilter filter) {
        this.buffer = buffer;
        this.filter = filter;
    }

    void filter(EntryFilter filter) {
        this.filter = filter;
    }

    void allowReplay(int events) {
        replayAllowance = events;
    }

    final void deliver(FeedEvent event) {
        if (disconnected || !filter.matches(event.entry())) {
            return;
        }
        if (unsent.get() >= buffer + replayAllowance) {
            disconnected = true;
            LOG.infof("change feed: disconnecting a consumer with %d events unsent", unsent.get());
            disconnect("too slow: " + unsent.get() + " events unsent; resume after revision " + lastSent);
            return;
        }
        unsent.incrementAndGet();
        lastSent = event.revision();
        send(event);
    }

    /** Implementations call this when a message handed over by {@link #send} has been written (or has failed). */
    protected final void written() {
        unsent.decrementAndGet();
    }

    final boolean disconnected() {
        return disconnected;
    }

    /** Called under the feed's lock when subscribed, before any event: {@code head} is the latest revision then. */
    void subscribed(long head) {}

    /** Hands the event to the connection without waiting; call {@link #written} once it has gone out. */
    protected abstract void send(FeedEvent event);

    /** The client's position cannot be continued from: it should read the inventory again and go on from here. */
    abstract void reset(long revision, String reason);

    /** The server is stopping: ends the connection, saying so. */
    void goingAway() {
        disconnected = true;
        disconnect("the server is stopping; resume after revision " + lastSent);
    }

    /** Ends the connection, telling the client why. */
    protected abstract void disconnect(String reason);
}
