package dev.restsh.shell.live;

import dev.restsh.shell.RestshException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;

/**
 * Every message of the session's live connections, numbered in order ({@code _m1}, {@code _m2} …), added by the
 * connections' threads and read by commands. {@code expect message} waits here for the next received message that
 * matches: "next" counts from a cursor that each new connection and each match moves forward, so a message that
 * arrived just before the {@code expect} line ran (a reply to the request on the line before) still counts.
 *
 * <p>A server may send without end, so the log is bounded: it keeps the newest {@value #MAX_MESSAGES} messages and
 * 64 MB of payload, dropping the oldest first. Numbers go on counting, so {@code _m7}
 * names the same message for as long as it is kept.
 */
public final class MessageLog {
    /** The most messages kept; older ones are dropped. */
    public static final int MAX_MESSAGES = 10_000;
    /** The most payload bytes kept; older messages are dropped (the newest one is always kept). */
    public static final long MAX_BYTES = 64L << 20;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    /** The kept messages are {@code messages[head..]}; the dropped ones before are cleared in batches. */
    private final List<Message> messages = new ArrayList<>();

    private int head;
    /** How many messages were ever numbered: the newest is {@code _m<total>}. */
    private int total;
    /** How many received messages were ever added (waiters count from here). */
    private long received;

    private long bytes;
    /** How many messages were numbered before the cursor of {@code expect message}. */
    private int expectedAfter;

    /** Numbers and keeps a message, dropping the oldest past the limits; wakes anyone waiting for one. */
    public Message add(Message message) {
        lock.lock();
        try {
            Message numbered = message.numbered(++total);
            messages.add(numbered);
            bytes += numbered.data().length;
            if (numbered.direction() == Message.Direction.RECEIVED) {
                received++;
            }
            while (kept() > MAX_MESSAGES || bytes > MAX_BYTES && kept() > 1) {
                bytes -= messages.set(head++, null).data().length;
            }
            if (head > MAX_MESSAGES) {
                messages.subList(0, head).clear();
                head = 0;
            }
            added.signalAll();
            return numbered;
        } finally {
            lock.unlock();
        }
    }

    public Message number(int number) {
        lock.lock();
        try {
            if (total == 0) {
                throw RestshException.usage("no message yet: open a connection first (for example: ws /ips/changes)");
            }
            int first = first();
            if (number < first && number >= 1) {
                throw RestshException.usage("_m" + number + " is no longer kept: the session keeps the newest "
                        + MAX_MESSAGES + " messages (at most " + (MAX_BYTES >> 20) + " MB); there are _m" + first
                        + " to _m" + total);
            }
            if (number < 1 || number > total) {
                throw RestshException.usage("no message _m" + number + ": there are _m" + first + " to _m" + total);
            }
            return at(number);
        } finally {
            lock.unlock();
        }
    }

    /** The kept message numbered {@code number} (under the lock; the caller checked that it is kept). */
    private Message at(int number) {
        return messages.get(head + number - first());
    }

    /** The number of the oldest message kept (under the lock; at least one is kept). */
    private int first() {
        return messages.get(head).number();
    }

    private int kept() {
        return messages.size() - head;
    }

    public Optional<Message> latest() {
        lock.lock();
        try {
            return total == 0 ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
        } finally {
            lock.unlock();
        }
    }

    public List<Message> all() {
        lock.lock();
        try {
            return List.copyOf(messages.subList(head, messages.size()));
        } finally {
            lock.unlock();
        }
    }

    /** A new connection: {@code expect message} looks only at what arrives from now on. */
    public void expectFromNow() {
        lock.lock();
        try {
            expectedAfter = total;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The first received message after the cursor that {@code matches}, waiting at most {@code within} for it;
     * the cursor moves past it. Empty when none matched in time (the cursor moves past those seen, so the next
     * {@code expect} does not look at them again). An interrupt (Ctrl-C) ends the wait as a timeout would.
     */
    public Optional<Message> awaitReceived(Predicate<Message> matches, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        lock.lock();
        try {
            while (true) {
                // those dropped before they were looked at are passed over
                expectedAfter = total == 0 ? expectedAfter : Math.max(expectedAfter, first() - 1);
                while (expectedAfter < total) {
                    Message candidate = at(++expectedAfter);
                    if (candidate.direction() == Message.Direction.RECEIVED && matches.test(candidate)) {
                        return Optional.of(candidate);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return Optional.empty();
                }
                try {
                    added.awaitNanos(Math.min(left, TimeUnit.SECONDS.toNanos(1)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** How many messages were received so far in the session, dropped ones included (for {@link #awaitCount}). */
    public long received() {
        lock.lock();
        try {
            return received;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until at least {@code count} more messages have been received than {@code receivedBefore} (what
     * {@link #received()} said before); false on timeout or when {@code closed} holds first.
     */
    public boolean awaitCount(
            long receivedBefore, int count, Duration within, java.util.function.BooleanSupplier closed) {
        long deadline = within == null ? Long.MAX_VALUE : System.nanoTime() + within.toNanos();
        lock.lock();
        try {
            while (received - receivedBefore < count) {
                if (closed.getAsBoolean()) {
                    return false;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                added.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)));
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    /** Wakes waiters without a message (a connection closed): they look at their conditions again. */
    public void wake() {
        lock.lock();
        try {
            added.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many messages were ever numbered (the newest is {@code _m<size>}), dropped ones included. */
    public int size() {
        lock.lock();
        try {
            return total;
        } finally {
            lock.unlock();
        }
    }
}
