package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.script.ScriptRun;
import picocli.CommandLine.Command;

/**
 * {@code exit} (or {@code quit}): leaves the REPL or stops reading commands (Ctrl-D does the same). In a script,
 * or in the REPL a script paused in, it stops that script instead, as pdb's {@code q}: {@code run} then ends
 * with status 1, and the REPL the script was run from goes on.
 */
@Command(
        description = "Leave the shell (Ctrl-D does the same); in a script or a paused one, stop the script.",
        footer = {"", "Examples:", "  exit", "  quit"})
public class ExitCommand extends ShellCommand {
    public ExitCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        context.scripting().current().ifPresentOrElse(ScriptRun::abort, context::requestExit);
        return 0;
    }
}
