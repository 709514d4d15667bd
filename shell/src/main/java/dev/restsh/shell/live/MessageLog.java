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
 */
public final class MessageLog {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition added = lock.newCondition();
    private final List<Message> messages = new ArrayList<>();
    private int expectedAfter;

    /** Numbers and keeps a message; wakes anyone waiting for one. */
    public Message add(Message message) {
        lock.lock();
        try {
            Message numbered = message.numbered(messages.size() + 1);
            messages.add(numbered);
            added.signalAll();
            return numbered;
        } finally {
            lock.unlock();
        }
    }

    public Message number(int number) {
        lock.lock();
        try {
            if (number < 1 || number > messages.size()) {
                throw RestshException.usage(
                        messages.isEmpty()
                                ? "no message yet: open a connection first (for example: ws /ips/changes)"
                                : "no message _m" + number + ": there are _m1 to _m" + messages.size());
            }
            return messages.get(number - 1);
        } finally {
            lock.unlock();
        }
    }

    public Optional<Message> latest() {
        lock.lock();
        try {
            return messages.isEmpty() ? Optional.empty() : Optional.of(messages.get(messages.size() - 1));
        } finally {
            lock.unlock();
        }
    }

    public List<Message> all() {
        lock.lock();
        try {
            return List.copyOf(messages);
        } finally {
            lock.unlock();
        }
    }

    /** A new connection: {@code expect message} looks only at what arrives from now on. */
    public void expectFromNow() {
        lock.lock();
        try {
            expectedAfter = messages.size();
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
                while (expectedAfter < messages.size()) {
                    Message candidate = messages.get(expectedAfter++);
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

    /** Waits until at least {@code count} messages have been received since {@code fromNumber}; false on timeout. */
    public boolean awaitCount(int fromNumber, int count, Duration within, java.util.function.BooleanSupplier closed) {
        long deadline = within == null ? Long.MAX_VALUE : System.nanoTime() + within.toNanos();
        lock.lock();
        try {
            while (received(fromNumber) < count) {
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

    private int received(int fromNumber) {
        int count = 0;
        for (int i = fromNumber; i < messages.size(); i++) {
            if (messages.get(i).direction() == Message.Direction.RECEIVED) {
                count++;
            }
        }
        return count;
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

    public int size() {
        lock.lock();
        try {
            return messages.size();
        } finally {
            lock.unlock();
        }
    }
}
