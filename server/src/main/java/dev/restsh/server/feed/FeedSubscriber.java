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
    /** The revision a client that is cut off now resumes after: the latest one it has been given or did not want. */
    private volatile long position;

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
        if (disconnected) {
            return;
        }
        if (!filter.matches(event.entry())) {
            position = event.revision();
            return;
        }
        if (unsent.get() >= buffer + replayAllowance) {
            disconnected = true;
            LOG.infof("change feed: disconnecting a consumer with %d events unsent", unsent.get());
            disconnect("too slow: " + unsent.get() + " events unsent; resume after revision " + position);
            return;
        }
        unsent.incrementAndGet();
        position = event.revision();
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
    final void subscribed(long head) {
        position = head;
        announceSubscribed(head);
    }

    /** Tells the client where its feed starts, if the protocol has a way to. */
    protected void announceSubscribed(long head) {}

    /** Hands the event to the connection without waiting; call {@link #written} once it has gone out. */
    protected abstract void send(FeedEvent event);

    /** The client's position cannot be continued from: it should read the inventory again and go on from here. */
    final void reset(long revision, String reason) {
        position = revision;
        announceReset(revision, reason);
    }

    /** Sends the reset event of {@link #reset}. */
    protected abstract void announceReset(long revision, String reason);

    /** The server is stopping: ends the connection, saying so. */
    void goingAway() {
        disconnected = true;
        disconnect("the server is stopping; resume after revision " + position);
    }

    /** Ends the connection, telling the client why. */
    protected abstract void disconnect(String reason);
}
