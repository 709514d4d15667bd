package dev.restsh.shell.repl;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.command.LineRunner;
import dev.restsh.shell.http.UrlCredentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import picocli.CommandLine;

/**
 * The interactive loop: reads lines with JLine (Tab completion, line editing), runs them, and keeps going
 * whatever a line does. Ctrl-C clears the line or cancels the running request; Ctrl-D or {@code exit} leaves.
 */
public final class Repl {
    private final CommandLine root;
    private final ShellContext context;
    private final CompletableFuture<Void> wholeTree;

    public Repl(CommandLine root, ShellContext context) {
        this(root, context, CompletableFuture.completedFuture(null));
    }

    /**
     * A REPL whose command tree is still being built ({@code wholeTree} completes when it is whole): the prompt
     * shows at once, and parsing, completion and highlighting wait for the tree.
     */
    public Repl(CommandLine root, ShellContext context, CompletableFuture<Void> wholeTree) {
        this.root = root;
        this.context = context;
        this.wholeTree = wholeTree;
    }

    /** Runs on the process's terminal. */
    public int run() {
        try (Terminal terminal = TerminalPrefetch.take()) {
            return run(terminal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs on the given terminal (tests pass JLine's dumb terminal). */
    public int run(Terminal terminal) {
        context.interactive(true);
        context.terminal(terminal);
        context.console()
                .out()
                .println("restsh " + dev.restsh.shell.Version.number()
                        + " - type 'help' for commands, 'get /path' to send a request, Ctrl-D to leave.");
        context.console().out().flush();
        try {
            loop(terminal, "", () -> false);
        } finally {
            context.dropLive();
        }
        return 0;
    }

    /**
     * A REPL inside a paused script: same session, prompt marked {@code [paused]}, until {@code done} says so (the
     * script's {@code continue}, {@code step}, {@code quit}), {@code exit} or Ctrl-D.
     */
    public void runNested(Terminal terminal, BooleanSupplier done) {
        boolean wasInteractive = context.interactive();
        Terminal outer = context.terminal().orElse(null);
        context.interactive(true);
        context.terminal(terminal);
        try {
            loop(terminal, "[paused] ", done);
        } finally {
            context.interactive(wasInteractive);
            context.terminal(outer);
        }
    }

    private void loop(Terminal terminal, String promptPrefix, BooleanSupplier done) {
        LineReader reader = ReplLineReaderFactory.create(terminal, root, context, wholeTree);
        // Only the top-level shell looks for the API's document by itself: a paused script's shell sends
        // nothing the script did not (Tab on a URL still asks for it).
        OpenApiPrefetch prefetch = new OpenApiPrefetch(context, promptPrefix.isEmpty());
        HttpClientPrefetch clientPrefetch = new HttpClientPrefetch(context);
        LineRunner runner = new LineRunner(root, context);
        context.session().interruptible(true); // Ctrl-C below interrupts this thread while a request waits
        // Messages of a live connection arrive on its thread: shown above the prompt, the typed line kept.
        Consumer<String> outer = context.liveOutput().abovePrompt(reader::printAbove);
        try {
            read(reader, runner, terminal, prefetch, clientPrefetch, promptPrefix, done);
        } finally {
            context.liveOutput().abovePrompt(outer);
        }
    }

    private void read(
            LineReader reader,
            LineRunner runner,
            Terminal terminal,
            OpenApiPrefetch prefetch,
            HttpClientPrefetch clientPrefetch,
            String promptPrefix,
            BooleanSupplier done) {
        Thread loop = Thread.currentThread();
        while (!context.exitRequested() && !done.getAsBoolean()) {
            String line;
            try {
                prefetch.onFirstPrompt();
                if (promptPrefix.isEmpty()) {
                    clientPrefetch.onFirstPrompt();
                }
                line = reader.readLine(promptPrefix + prompt());
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            wholeTree.join();
            Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> loop.interrupt());
            try {
                runner.run(line);
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
                Thread.interrupted();
            }
            if (!context.exitRequested()) {
                prefetch.afterLine(); // not on the way out: looking for the API's document then only delays the exit
            }
        }
        clientPrefetch.cancel();
    }

    private String prompt() {
        String environment = context.environments()
                .current()
                .map(chosen -> "(" + chosen.name() + ") ")
                .orElse("");
        return environment + UrlCredentials.shown(context.session().base()) + "> ";
    }
}
