package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.script.ScriptRun;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code exit} (or {@code quit}): leaves the REPL or stops reading commands (Ctrl-D does the same). In a script,
 * or in the REPL a script paused in, it stops that script instead, as pdb's {@code q}: {@code run} then ends
 * with status 1, and the REPL the script was run from goes on.
 */
@Command(
        addMethodSubcommands = false,
        name = "exit",
        aliases = "quit",
        mixinStandardHelpOptions = true,
        description = "Leave the shell (Ctrl-D does the same); in a script or a paused one, stop the script.",
        footer = {"", "Examples:", "  exit", "  quit"})
public class ExitCommand implements Callable<Integer> {
    private final ShellContext context;

    public ExitCommand(ShellContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        context.scripting().current().ifPresentOrElse(ScriptRun::abort, context::requestExit);
        return 0;
    }
}
