package dev.restsh.shell.repl;

import dev.restsh.shell.Console;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.command.LineRunner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine;

/**
 * The interactive loop: reads lines with JLine (Tab completion, line editing), runs them, and keeps going
 * whatever a line does. Ctrl-C clears the line or cancels the running request; Ctrl-D or {@code exit} leaves.
 */
public final class Repl {
    private final CommandLine root;
    private final ShellContext context;

    public Repl(CommandLine root, ShellContext context) {
        this.root = root;
        this.context = context;
    }

    /** Runs on the process's terminal. */
    public int run() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
            return run(terminal);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs on the given terminal (tests pass JLine's dumb terminal). */
    public int run(Terminal terminal) {
        context.interactive(true);
        LineReader reader = ReplLineReaderFactory.create(terminal, root, context);
        OpenApiPrefetch prefetch = new OpenApiPrefetch(context);
        LineRunner runner = new LineRunner(root, context);
        Console console = context.console();
        PrintWriter out = console.out();
        out.println("restsh " + dev.restsh.shell.Version.number()
                + " - type 'help' for commands, 'get /path' to send a request, Ctrl-D to leave.");
        out.flush();
        Thread loop = Thread.currentThread();
        while (!context.exitRequested()) {
            String line;
            try {
                prefetch.onFirstPrompt();
                line = reader.readLine(prompt());
            } catch (UserInterruptException e) {
                continue;
            } catch (EndOfFileException e) {
                break;
            }
            Terminal.SignalHandler previous = terminal.handle(Terminal.Signal.INT, signal -> loop.interrupt());
            try {
                runner.run(line);
            } finally {
                terminal.handle(Terminal.Signal.INT, previous);
                Thread.interrupted();
            }
            prefetch.afterLine();
        }
        return 0;
    }

    private String prompt() {
        return context.session().base() + "> ";
    }
}
