package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.script.Debugger;
import dev.restsh.shell.script.ScriptRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pause} (or {@code breakpoint()}): in a script, opens the REPL here with the script's session. */
@Command(
        description = "In a script: open the interactive shell here (continue, step, where, quit).",
        footer = {
            "",
            "Without a terminal (CI, a pipe) the pause is skipped with a note on stderr.",
            "Python's breakpoint() is the same line."
        })
public class PauseCommand extends ShellCommand {
    @Spec
    CommandSpec spec;

    public PauseCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        ScriptRun run = context.scripting()
                .current()
                .orElseThrow(() -> RestshException.usage(
                        "pause works in a script (run FILE); here you are already" + " at the prompt"));
        new Debugger(spec.root().commandLine(), context).pause(run, "paused");
        return 0;
    }
}
