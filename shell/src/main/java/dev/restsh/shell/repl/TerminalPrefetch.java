package dev.restsh.shell.repl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;

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

    /**
     * The native provider only (FFM from Java 22, JNI before), with JLine's bundled capabilities for common terminal
     * types: by default JLine also probes its {@code exec} provider ({@code test -t 1}) and asks {@code infocmp},
     * two processes that cost the first prompt tens of milliseconds. Anything unusual falls back to JLine's defaults.
     */
    public static Terminal open() {
        String type = System.getenv("TERM");
        String bundled = type == null ? null : InfoCmp.getDefaultInfoCmp(type);
        if (bundled != null) {
            InfoCmp.setLoadedInfoCmp(type, bundled);
        }
        try {
            String provider = Runtime.version().feature() >= 22 ? "ffm" : "jni";
            return TerminalBuilder.builder()
                    .system(true)
                    .provider(provider)
                    .dumb(false)
                    .build();
        } catch (IOException | RuntimeException | LinkageError e) {
            try {
                return TerminalBuilder.builder().system(true).build();
            } catch (IOException again) {
                throw new UncheckedIOException(again);
            }
        }
    }
}
