package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import picocli.CommandLine.Command;

/**
 * {@code export FORMAT ...}: writes requests of the session in another tool's format. Each format is a
 * subcommand ({@code http} here; {@code curl} belongs with the request commands).
 */
@Command(description = "Write requests of this session in another tool's format.")
public class ExportCommand extends ShellCommand {
    public ExportCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        throw RestshException.usage("export: name a format, for example: export http [N]");
    }
}
