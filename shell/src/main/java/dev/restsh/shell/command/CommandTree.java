package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine;

/**
 * Builds the one picocli command tree that one-shot mode, the REPL, stdin and scripts all use, from the commands of
 * {@link CommandCatalogue}.
 */
public final class CommandTree {
    private CommandTree() {}

    /** The whole tree: for the REPL, stdin, {@code -c} and scripts. */
    public static CommandLine build(ShellContext context) {
        return build(context, EnumSet.allOf(CommandCatalogue.class));
    }

    /**
     * The tree the arguments need. A one-shot command gets the root and only the subcommand it names: picocli
     * builds each command's model by reflection (~10 ms apiece), so a one-shot request skips the rest. With no
     * command (the REPL, stdin, {@code -c}) the root comes alone and {@link #complete} adds the rest when a mode
     * needs it: the REPL does so on another thread while its first prompt appears.
     */
    public static CommandLine buildFor(ShellContext context, String[] args) {
        // The root reads the arguments up to the first positional one to learn the command's name; it is the
        // real root too (picocli resets options before each parse), so its model is built once.
        CommandLine root = build(context, EnumSet.noneOf(CommandCatalogue.class));
        root.setStopAtPositional(true).setUnmatchedArgumentsAllowed(true);
        Set<CommandCatalogue> needed;
        try {
            CommandLine.ParseResult parsed = root.parseArgs(args);
            List<String> rest = parsed.unmatched();
            if (rest.isEmpty()) {
                needed = parsed.isUsageHelpRequested() ? EnumSet.allOf(CommandCatalogue.class) : Set.of();
            } else {
                CommandCatalogue named = CommandCatalogue.named(rest.get(0));
                needed = named != null && !named.has(CommandCatalogue.Trait.WHOLE_TREE)
                        ? EnumSet.of(named)
                        : EnumSet.allOf(CommandCatalogue.class);
            }
        } catch (CommandLine.ParameterException e) {
            needed = EnumSet.allOf(CommandCatalogue.class);
        }
        root.setStopAtPositional(false).setUnmatchedArgumentsAllowed(false);
        add(root, context, needed);
        return root;
    }

    /**
     * The command's name as the root will read it (the first word, skipping the root's options and the values of
     * those that take one), read without picocli for {@link StartupPrefetch}; a wrong guess costs only the head start.
     */
    static String firstWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--base") || arg.equals("--session") || arg.equals("--env")) {
                i++;
            } else if (arg.equals("--") || arg.equals("-c") || arg.equals("--command")) {
                return "";
            } else if (!arg.startsWith("-")) {
                return arg;
            }
        }
        return "";
    }

    /** Adds every subcommand a partly built root lacks; a no-op on a whole tree. */
    public static void complete(CommandLine root, ShellContext context) {
        add(root, context, EnumSet.allOf(CommandCatalogue.class));
    }

    /** {@link #complete} on a thread of its own; the future completes when the tree is whole. */
    public static CompletableFuture<Void> completeInBackground(CommandLine root, ShellContext context) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread builder = new Thread(
                () -> {
                    try {
                        complete(root, context);
                        done.complete(null);
                    } catch (RuntimeException | Error e) {
                        done.completeExceptionally(e);
                    }
                },
                "restsh-command-tree");
        builder.setDaemon(true);
        builder.start();
        return done;
    }

    /** Builds the root with these subcommands. */
    private static CommandLine build(ShellContext context, Set<CommandCatalogue> commands) {
        RootCommand rootCommand = new RootCommand(context);
        CommandLine root = new CommandLine(rootCommand.model());
        add(root, context, commands);
        rootCommand.wholeTree(() -> complete(root, context));
        return root;
    }

    /** Adds those of the commands the root lacks, in the catalogue's order (help's order). */
    private static void add(CommandLine root, ShellContext context, Set<CommandCatalogue> commands) {
        for (CommandCatalogue command : commands) {
            if (!root.getSubcommands().containsKey(command.commandName())) {
                root.addSubcommand(command.commandName(), command.build(context));
            }
        }
        configure(root, context); // picocli applies settings to the subcommands present when they are set
    }

    /**
     * Argument files off for the whole tree: unlike picocli's other settings, this one applies to the command that
     * is executed, and {@link LineRunner} executes a line on its own command, not on the root.
     */
    private static void noArgumentFiles(CommandLine command) {
        command.setExpandAtFiles(false);
        for (CommandLine subcommand : command.getCommandSpec().subcommands().values()) {
            noArgumentFiles(subcommand);
        }
    }

    private static void configure(CommandLine root, ShellContext context) {
        RootCommand rootCommand = root.getCommand();
        root.setOut(context.console().out());
        root.setErr(context.console().err());
        root.setCaseInsensitiveEnumValuesAllowed(true);
        root.setUsageHelpAutoWidth(true); // help as wide as the terminal (80 columns off a terminal)
        noArgumentFiles(root); // @file is a request item (a body from a file), not picocli's argument file
        // "-c history" runs the command history, not a subcommand in the wrong place.
        root.setAllowSubcommandsAsOptionParameters(true);
        root.setExecutionExceptionHandler(new CommandErrors.Execution(context));
        root.setParameterExceptionHandler(new CommandErrors.Usage(context));
        rootCommand.lines(new LineRunner(root, context));
    }
}
