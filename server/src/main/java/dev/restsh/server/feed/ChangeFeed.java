package dev.restsh.server.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.restsh.server.inventory.IpChanged;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * The inventory's changes in this instance, in revision order: the latest {@link FeedSettings#retained} are kept for
 * clients that resume, and each new one goes to every subscriber. Subscribing and publishing share one lock, so a
 * resuming client gets each retained change after its position exactly once, whether from the window or live. The
 * subscribers are a copy-on-write set: a connection that closes while an event goes out removes itself safely.
 *
 * <p>On the embedded database this process numbers the changes itself ({@link #publish}), starting from its start-up
 * time in microseconds, so that revisions from an earlier run are older than anything retained and get a reset. On
 * PostgreSQL the numbers come from the database's change log ({@link #append}, see {@code PostgresChangeListener}).
 */
@Singleton
public class ChangeFeed {
    private final int retained;
    private final ObjectMapper json;
    private final ArrayDeque<FeedEvent> window = new ArrayDeque<>();
    private final Set<FeedSubscriber> subscribers = new CopyOnWriteArraySet<>();
    private long head;

    @Inject
    ChangeFeed(FeedSettings settings, ObjectMapper json) {
        this.retained = Math.max(1, settings.retained());
        this.json = json;
        this.head = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    /** The revision of the latest change (or where numbering starts, before the first). */
    public synchronized long head() {
        return head;
    }

    /** Numbers a change made by this process and sends it out: the embedded database's source. */
    synchronized void publish(IpChanged change) {
        append(FeedEvent.of(head + 1, change, json));
    }

    /** Sends out a change numbered elsewhere; revisions must arrive in increasing order. */
    synchronized void append(FeedEvent event) {
        head = event.revision();
        window.addLast(event);
        if (window.size() > retained) {
            window.removeFirst();
        }
        for (FeedSubscriber subscriber : subscribers) {
            subscriber.deliver(event);
            if (subscriber.disconnected()) {
                subscribers.remove(subscriber);
            }
        }
    }

    /**
     * Starts over from {@code events} (the latest retained, in order) up to {@code newHead}; with a reason, every
     * subscriber is told to re-read the inventory (the changes in between are lost to this instance).
     */
    synchronized void restart(long newHead, List<FeedEvent> events, String reason) {
        window.clear();
        events.stream().skip(Math.max(0, events.size() - retained)).forEach(window::addLast);
        head = newHead;
        if (reason != null) {
            subscribers.forEach(subscriber -> subscriber.reset(head, reason));
        }
    }

    /** Adds a subscriber; with {@code after}, first replays the retained changes after it, or resets it if it can't. */
    synchronized void subscribe(FeedSubscriber subscriber, OptionalLong after) {
        subscriber.subscribed(head);
        if (after.isPresent()) {
            replay(subscriber, after.getAsLong());
        }
        subscribers.add(subscriber);
    }

    synchronized void unsubscribe(FeedSubscriber subscriber) {
        subscribers.remove(subscriber);
    }

    /**
     * Ends every connection when the server begins to stop, before Quarkus waits for the requests in flight: a feed
     * never finishes by itself, and clients resume from their last revision on another instance or after the restart.
     */
    void stopping(@Observes ShutdownDelayInitiatedEvent stopping) {
        List<FeedSubscriber> all;
        synchronized (this) {
            all = List.copyOf(subscribers);
            subscribers.clear();
        }
        all.forEach(FeedSubscriber::goingAway);
    }

    synchronized int subscribers() {
        return subscribers.size();
    }

    private void replay(FeedSubscriber subscriber, long after) {
        long oldest = window.isEmpty() ? head + 1 : window.getFirst().revision();
        if (after > head) {
            subscriber.reset(head, "revision " + after + " is not from this feed (latest " + head + ")");
        } else if (after < oldest - 1) {
            subscriber.reset(
                    head,
                    "revision " + after + " is no longer retained (oldest " + oldest + ", " + retained + " kept)");
        } else {
            List<FeedEvent> missed =
                    window.stream().filter(event -> event.revision() > after).toList();
            subscriber.allowReplay(missed.size());
            missed.forEach(subscriber::deliver);
        }
    }
}
