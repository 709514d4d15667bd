package dev.restsh.shell.command;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/** Builds the one picocli command tree that one-shot mode, the REPL, stdin and scripts all use. */
public final class CommandTree {
    public static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "head", "options");

    private CommandTree() {}

    public static CommandLine build(ShellContext context) {
        RootCommand rootCommand = new RootCommand(context);
        CommandLine root = new CommandLine(rootCommand);
        for (String method : METHODS) {
            CommandLine verb = new CommandLine(new RequestCommand(context, method.toUpperCase(Locale.ROOT)));
            verb.getCommandSpec()
                    .usageMessage()
                    .description("Send a " + method.toUpperCase(Locale.ROOT) + " request and show the response.");
            root.addSubcommand(method, verb);
        }
        root.addSubcommand(new AnyMethodCommand(context));
        root.addSubcommand(new PrintCommand(context));
        root.addSubcommand(new HistoryCommand(context));
        root.addSubcommand(new BaseCommand(context));
        root.addSubcommand(new ExitCommand(context));
        root.addSubcommand(new EndpointsCommand(context));
        root.addSubcommand(new ValidateCommand(context));
        root.addSubcommand(new CompletionCommand());
        root.addSubcommand(new EditCommand(context));
        root.addSubcommand(new CommandLine.HelpCommand());

        root.setOut(context.console().out());
        root.setErr(context.console().err());
        root.setCaseInsensitiveEnumValuesAllowed(true);
        // "restsh -c history" names a command as the option's value: picocli refuses that unless told.
        root.setAllowSubcommandsAsOptionParameters(true);
        root.setExecutionExceptionHandler((error, commandLine, parseResult) -> handle(context, error));
        root.setParameterExceptionHandler(CommandTree::usageError);
        rootCommand.lines(new LineRunner(root, context));
        return root;
    }

    private static int handle(ShellContext context, Exception error) {
        if (error instanceof RestshException known) {
            context.console().error(known.getMessage(), known);
            return known.status().code();
        }
        context.console().error("unexpected error: " + error + " (run with --debug for details)", error);
        return ExitStatus.ERROR.code();
    }

    private static int usageError(CommandLine.ParameterException error, String[] args) {
        CommandLine command = error.getCommandLine();
        String name = command.getCommandName();
        command.getErr().println("restsh: " + (name.equals("restsh") ? "" : name + ": ") + error.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(error, command.getErr())) {
            command.getErr().println("Try '" + (name.equals("restsh") ? "" : "help ") + name + "' for usage.");
        }
        command.getErr().flush();
        return ExitStatus.USAGE.code();
    }
}
