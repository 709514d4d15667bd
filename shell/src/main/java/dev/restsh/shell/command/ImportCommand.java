package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import picocli.CommandLine.Command;

/** {@code import FORMAT ...}: loads exchanges another tool recorded into the history (HAR for now). */
@Command(description = "Load exchanges another tool recorded into this session's history.")
public class ImportCommand extends ShellCommand {
    public ImportCommand(ShellContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        throw RestshException.usage("import: name a format, for example: import har capture.har");
    }
}
