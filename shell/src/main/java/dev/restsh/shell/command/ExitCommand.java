package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code exit} (or {@code quit}): leaves the REPL or stops reading commands. Ctrl-D does the same. */
@Command(
        name = "exit",
        aliases = "quit",
        mixinStandardHelpOptions = true,
        description = "Leave the shell (Ctrl-D does the same).",
        footer = {"", "Examples:", "  exit", "  quit"})
public class ExitCommand implements Callable<Integer> {
    private final ShellContext context;

    public ExitCommand(ShellContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.requestExit();
        return 0;
    }
}
