package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.script.ScriptWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code save-script FILE}: writes every command that shaped this session as a replayable script. */
@Command(
        description = "Write the commands that shaped this session as a script for 'restsh run'.",
        footer = {"", "Example:", "  save-script session.restsh", "", "Secrets become {{VARIABLES}}, never written."})
public class SaveScriptCommand extends ShellCommand {
    @Parameters(index = "0", paramLabel = "FILE")
    String file;

    public SaveScriptCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        List<String> commands = context.scripting().transcript().all();
        Set<String> needed = ScriptWriter.write(
                context.workingDirectory().resolve(file),
                commands,
                context.session().base());
        note(written(file, commands.size(), needed));
        return 0;
    }

    static String written(String file, int count, Set<String> needed) {
        StringBuilder message = new StringBuilder("wrote " + count + " command" + (count == 1 ? "" : "s") + " to "
                + file + "; replay with: restsh run " + file);
        needed.forEach(name -> message.append(" --var ").append(name).append("=..."));
        return message.toString();
    }
}
