package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * What the annotated commands share: the session's context, output helpers, and the picocli attributes set once for
 * all of them. Names, aliases and the standard help options come from {@link CommandCatalogue}; a command's own
 * {@code @Command} holds its description and examples. (The commands on a one-shot request's path build their models
 * with picocli's programmatic API instead: see {@link ProgrammaticModel}.)
 */
// picocli reads the attributes of a command's superclasses too. restsh has no method subcommands: told so, picocli
// does not scan each command's methods for them, which costs start-up time.
@Command(addMethodSubcommands = false)
public abstract class ShellCommand implements Callable<Integer> {
    protected final ShellContext context;

    protected ShellCommand(ShellContext context) {
        this.context = context;
    }

    /** Standard output: the terminal, a {@code > FILE} or {@code | CMD} of the line, or a test's buffer. */
    protected final PrintWriter out() {
        return context.console().out();
    }

    /** Prints a line on standard output now (the REPL's next prompt comes after it). */
    protected final void println(String line) {
        out().println(line);
        out().flush();
    }

    /** Prints a note on standard error now: what was done, where the output itself is the result. */
    protected final void note(String line) {
        context.console().err().println(line);
        context.console().err().flush();
    }
}
