package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code export FORMAT ...}: writes requests of the session in another tool's format. Each format is a
 * subcommand ({@code http} here; {@code curl} belongs with the request commands).
 */
@Command(
        addMethodSubcommands = false,
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write requests of this session in another tool's format.")
public class ExportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        throw RestshException.usage("export: name a format, for example: export http [N]");
    }
}
