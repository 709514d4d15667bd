package dev.restsh.shell.command;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code help}: the commands under their headings, {@code help COMMAND} a command's usage (as picocli's own help
 * command), and {@code help PATH} the API's operations at that path, as {@code endpoints PATH}. One command in the
 * tree, so one-shot mode, the REPL and scripts answer alike.
 */
@Command(
        helpCommand = true,
        addMethodSubcommands = false, // no methods to scan: help is in every tree, one-shot ones too
        description = "Display help information about the specified command, or the API's operations at a path.",
        footer = {
            "",
            "Examples:",
            "  help                 every command",
            "  help get",
            "  get --help",
            "  help /ips            the operations at /ips, from the API's OpenAPI document (as endpoints /ips)"
        })
public final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Callable<Integer> {
    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "Show usage help for the help command and exit.")
    boolean helpRequested;

    @Parameters(
            paramLabel = "COMMAND",
            arity = "0..1",
            description = "The COMMAND to display the usage help message for, or an API path (/ips).")
    String topic;

    private CommandLine self;
    private ColorScheme colours;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, ColorScheme colorScheme, PrintWriter outWriter, PrintWriter err) {
        this.self = helpCommandLine;
        this.colours = colorScheme;
        this.out = outWriter;
    }

    @Override
    public Integer call() {
        CommandLine parent = self.getParent();
        if (topic == null) {
            parent.usage(out, colours);
            return 0;
        }
        if (topic.startsWith("/")) {
            CommandLine endpoints = parent.getCommandSpec().subcommands().get(CommandCatalogue.ENDPOINTS.commandName());
            return endpoints.execute(topic);
        }
        CommandLine command = parent.getCommandSpec().subcommands().get(topic);
        if (command == null) {
            throw new CommandLine.ParameterException(parent, "Unknown subcommand '" + topic + "'.", null, topic);
        }
        command.usage(out, colours);
        return 0;
    }
}
