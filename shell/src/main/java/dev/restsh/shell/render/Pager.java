package dev.restsh.shell.render;

import dev.restsh.shell.Console;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Output through {@code $PAGER} (default {@code less -R}) on a terminal. As git does, LESS defaults to FRX so
 * that output shorter than a screen is printed and the pager quits by itself. When the pager cannot start,
 * output goes to the terminal directly.
 */
final class Pager implements AutoCloseable {
    /** How long the pager gets to end after SIGTERM (and then SIGKILL). */
    private static final Duration STOP_GRACE = Duration.ofSeconds(2);
    /** How often the watcher looks for Ctrl-C: soon enough to feel immediate. */
    private static final Duration WATCH_INTERVAL = Duration.ofMillis(50);

    private final Process process;
    private final PrintWriter out;
    private final OutputStream stream;
    private final List<ProcessHandle> stopping = new ArrayList<>();

    private Pager(Process process, PrintWriter out, OutputStream stream) {
        this.process = process;
        this.out = out;
        this.stream = stream;
    }

    static Pager start(String command, PrintWriter fallback, OutputStream fallbackStream) {
        ProcessBuilder builder = new ProcessBuilder(List.of("sh", "-c", command))
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putIfAbsent("LESS", "FRX");
        try {
            Process process = builder.start();
            Pager pager = new Pager(process, Console.writer(process.getOutputStream()), process.getOutputStream());
            pager.watch(Thread.currentThread());
            return pager;
        } catch (IOException e) {
            return new Pager(null, fallback, fallbackStream);
        }
    }

    /**
     * Stops the pager when {@code writer} is interrupted (Ctrl-C) while the pager runs. A writer blocked on a
     * full pipe, because the pager waits for the user to scroll, does not see the interrupt itself: ending the
     * pager breaks the pipe and frees it.
     */
    private void watch(Thread writer) {
        Thread watcher = new Thread(
                () -> {
                    try {
                        while (process.isAlive() && !writer.isInterrupted()) {
                            process.waitFor(WATCH_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
                        }
                        if (process.isAlive()) {
                            stop();
                        }
                    } catch (InterruptedException e) {
                        // nobody interrupts the watcher; if so, it just stops watching
                    }
                },
                "restsh-pager-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    PrintWriter out() {
        return out;
    }

    OutputStream stream() {
        return stream;
    }

    /**
     * Waits for the user to quit the pager. On Ctrl-C (the thread is interrupted: the download was cancelled, or
     * the user pressed it while paging) the pager is stopped instead, so the prompt owns the terminal again.
     */
    @Override
    public void close() {
        if (process == null) {
            out.flush();
            return;
        }
        if (Thread.interrupted()) {
            // Stopped before closing its input: flushing into a pipe that the pager is not reading would block.
            stop();
            out.close();
            Thread.currentThread().interrupt();
            return;
        }
        out.close();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            stop();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Ends the pager and whatever {@code sh -c} started for it (less runs as the shell's child, and would outlive
     * it), then waits for them: less restores the terminal when it ends on SIGTERM; SIGKILL is the last resort.
     */
    private synchronized void stop() {
        if (stopping.isEmpty()) {
            // Listed once: after sh has ended, its children are no longer its descendants (the watcher and close()
            // may both stop the pager; the second waits for the same processes).
            stopping.addAll(process.descendants().toList());
        }
        // Children first, while sh is there to reap them: ended after sh, less would stay a zombie until init
        // reaps it, and look alive all that time.
        end(stopping);
        end(List.of(process.toHandle()));
    }

    private static void end(List<ProcessHandle> processes) {
        processes.forEach(ProcessHandle::destroy);
        if (!awaitExit(processes, STOP_GRACE)) {
            processes.forEach(ProcessHandle::destroyForcibly);
            awaitExit(processes, STOP_GRACE);
        }
    }

    /** Waits, ignoring further Ctrl-C (it is remembered), until every process ended or the time is up. */
    private static boolean awaitExit(List<ProcessHandle> processes, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        boolean interrupted = false;
        try {
            for (ProcessHandle handle : processes) {
                while (handle.isAlive()) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    try {
                        handle.onExit().get(left, TimeUnit.NANOSECONDS);
                    } catch (InterruptedException e) {
                        interrupted = true;
                    } catch (ExecutionException | TimeoutException e) {
                        // checked again by isAlive()
                    }
                }
            }
            return true;
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
