package dev.restsh.shell.inspect;

import java.time.Duration;

/**
 * The bound on one expression's work: steps (evaluations and loop turns), items built (list elements, characters,
 * digits) and wall time. A runaway expression ({@code 'x' * 10**12}, {@code list(range(10**12))}) stops with one
 * clear line instead of filling the shell's memory.
 */
final class Budget {
    static final Budget DEFAULT = new Budget(50_000_000, 20_000_000, Duration.ofSeconds(10));

    private static final ThreadLocal<Budget> CURRENT = new ThreadLocal<>();

    private final long maxSteps;
    private final long maxItems;
    private final Duration timeout;
    private long steps;
    private long items;
    private long deadline;

    Budget(long maxSteps, long maxItems, Duration timeout) {
        this.maxSteps = maxSteps;
        this.maxItems = maxItems;
        this.timeout = timeout;
    }

    /** A fresh budget with the same limits, for one expression. */
    Budget start() {
        Budget budget = new Budget(maxSteps, maxItems, timeout);
        budget.deadline = System.nanoTime() + timeout.toNanos();
        return budget;
    }

    /** The budget of the expression being evaluated on this thread (the default when none is). */
    static Budget current() {
        Budget budget = CURRENT.get();
        return budget != null ? budget : DEFAULT.start();
    }

    static Budget enter(Budget budget) {
        Budget outer = CURRENT.get();
        CURRENT.set(budget);
        return outer;
    }

    static void leave(Budget outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    void step() {
        steps++;
        if (steps > maxSteps) {
            throw new ExpressionException(
                    "RuntimeError: stopped after " + maxSteps + " steps; restsh bounds an expression's work", -1);
        }
        if ((steps & 0x3ff) == 0 && System.nanoTime() > deadline) {
            throw new ExpressionException(
                    "TimeoutError: stopped after " + timeout.toSeconds() + " s; restsh bounds an expression's time",
                    -1);
        }
    }

    /** Reserves room for {@code count} more items (elements, characters, digits) or stops the expression. */
    void items(long count) {
        if (count < 0 || count > maxItems - items) {
            throw new ExpressionException(
                    "MemoryError: the result would exceed " + maxItems + " items; restsh bounds an expression's size",
                    -1);
        }
        items += count;
    }
}
