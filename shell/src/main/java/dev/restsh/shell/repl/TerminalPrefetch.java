package dev.restsh.shell.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Opens the system terminal on another thread while the main thread builds the command tree: both take about a
 * tenth of a second, and the machine has a second core, so the first prompt comes sooner.
 */
public final class TerminalPrefetch {
    private static volatile CompletableFuture<Terminal> pending;

    private TerminalPrefetch() {}

    /** Starts opening the terminal (only when the REPL will need it). */
    public static void start() {
        pending = CompletableFuture.supplyAsync(TerminalPrefetch::open);
    }

    /** The prefetched terminal, or a newly opened one. */
    static Terminal take() {
        CompletableFuture<Terminal> future = pending;
        pending = null;
        if (future == null) {
            return open();
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return open();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    private static Terminal open() {
        try {
            return TerminalBuilder.builder().system(true).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
