package dev.restsh.shell.live;

import dev.restsh.shell.Console;
import java.io.PrintWriter;
import java.util.function.Consumer;

/**
 * Where what a live connection receives is shown, from the connection's own thread: above the REPL's prompt while
 * one is open (JLine's {@code printAbove}, so the line being typed stays as it is), else on standard output.
 */
public final class LiveOutput {
    private final Console console;
    private volatile Consumer<String> abovePrompt;

    public LiveOutput(Console console) {
        this.console = console;
    }

    /**
     * The REPL's {@code LineReader::printAbove} while it runs; null when none runs. Returns the one before (a paused
     * script's REPL gives back its outer REPL's).
     */
    public Consumer<String> abovePrompt(Consumer<String> printer) {
        Consumer<String> previous = abovePrompt;
        abovePrompt = printer;
        return previous;
    }

    /** Shows {@code text} (whole lines, ending with a newline). */
    public void show(String text) {
        Consumer<String> above = abovePrompt;
        if (above != null) {
            above.accept(text);
            return;
        }
        PrintWriter out = console.out();
        synchronized (out) {
            out.print(text);
            out.flush();
        }
    }

    /** A note about the connection (opened, closed by the server): on standard error outside the REPL. */
    public void note(String line) {
        Consumer<String> above = abovePrompt;
        if (above != null) {
            above.accept(line + "\n");
            return;
        }
        PrintWriter err = console.err();
        synchronized (err) {
            err.println(line);
            err.flush();
        }
    }
}
