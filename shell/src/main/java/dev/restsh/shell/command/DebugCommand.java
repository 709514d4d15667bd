package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.script.Debugger;
import dev.restsh.shell.script.ScriptRun;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;

/**
 * {@code continue}, {@code step} and {@code where} in a paused script: one class, three names. ({@code quit}, the
 * alias of {@code exit}, stops the script, as pdb's quit does.)
 */
public class DebugCommand extends ShellCommand {
    private final String action;

    private DebugCommand(ShellContext context, String action) {
        super(context);
        this.action = action;
    }

    /** The names this class is registered under. */
    static final List<String> NAMES = List.of("continue", "step", "where");

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "continue", "In a paused script: run on to the next pause.",
            "step", "In a paused script: run the next command, then pause again.",
            "where", "In a script: show the current line and the lines around it.");

    static CommandLine create(ShellContext context, String name) {
        CommandLine command = new CommandLine(new DebugCommand(context, name));
        command.getCommandSpec().usageMessage().description(DESCRIPTIONS.get(name));
        return command;
    }

    @Override
    public Integer call() {
        ScriptRun run = context.scripting()
                .current()
                .orElseThrow(() -> RestshException.usage(action + ": no script is running (run FILE, then pause)"));
        if (action.equals("where")) {
            out().print(Debugger.where(run));
            out().flush();
            return 0;
        }
        if (!run.paused()) {
            throw RestshException.usage(action + ": the script is not paused");
        }
        run.resume(ScriptRun.Resume.valueOf(action.toUpperCase(java.util.Locale.ROOT)));
        return 0;
    }
}
