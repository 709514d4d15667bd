package dev.restsh.shell.command;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Builds the one picocli command tree that one-shot mode, the REPL, stdin and scripts all use. */
public final class CommandTree {
    public static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete", "head", "options");
    private static final List<String> PAGES = List.of("next", "prev", "first", "last");

    /**
     * True for the commands that send a request: the verbs, {@code request}, a pasted {@code curl} and the paging
     * commands. Scripts treat their HTTP error statuses as responses, and transcripts keep them.
     */
    public static boolean sendsRequest(String command) {
        return METHODS.contains(command)
                || PAGES.contains(command)
                || command.equals("request")
                || command.equals("curl");
    }

    /** One-shot commands that run other commands need the whole tree (help lists it). */
    private static final Set<String> RUNS_LINES = Set.of("help", "run", "watch");

    private CommandTree() {}

    /** The whole tree: for the REPL, stdin, {@code -c} and scripts. */
    public static CommandLine build(ShellContext context) {
        return build(context, null);
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
        CommandLine root = build(context, "");
        root.setStopAtPositional(true).setUnmatchedArgumentsAllowed(true);
        String only;
        try {
            CommandLine.ParseResult parsed = root.parseArgs(args);
            List<String> rest = parsed.unmatched();
            if (rest.isEmpty()) {
                only = parsed.isUsageHelpRequested() ? null : "";
            } else {
                String name = rest.get(0);
                only = commands(context).containsKey(name) && !RUNS_LINES.contains(name) ? name : null;
            }
        } catch (CommandLine.ParameterException e) {
            only = null;
        }
        root.setStopAtPositional(false).setUnmatchedArgumentsAllowed(false);
        add(root, context, only);
        return root;
    }

    /** Adds every subcommand a partly built root lacks; a no-op on a whole tree. */
    public static void complete(CommandLine root, ShellContext context) {
        add(root, context, null);
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

    /** Every subcommand by name, built only when asked for; aliases come from the commands' annotations. */
    private static Map<String, Supplier<Object>> commands(ShellContext context) {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        for (String method : METHODS) {
            commands.put(method, () -> verb(context, method));
        }
        commands.put("request", () -> new AnyMethodCommand(context));
        for (String rel : PAGES) {
            commands.put(rel, () -> page(context, rel));
        }
        commands.put("print", () -> new PrintCommand(context));
        commands.put("history", () -> new HistoryCommand(context));
        commands.put("jq", () -> new JqCommand(context));
        commands.put("diff", () -> new DiffCommand(context));
        commands.put("save", () -> new SaveCommand(context));
        commands.put("base", () -> new BaseCommand(context));
        commands.put("cd", () -> new CdCommand(context));
        commands.put("pwd", () -> new PwdCommand(context));
        commands.put("header", () -> new HeaderCommand(context));
        commands.put("auth", () -> new AuthCommand(context));
        commands.put("env", () -> new EnvCommand(context));
        commands.put("set", () -> new SetCommand(context));
        commands.put("let", () -> new LetCommand(context));
        commands.put("session", () -> new SessionCommand(context));
        commands.put("curl", () -> CurlCommand.create(context));
        commands.put("exit", () -> new ExitCommand(context));
        commands.put("endpoints", () -> new EndpointsCommand(context));
        commands.put("validate", () -> new ValidateCommand(context));
        commands.put("completion", () -> new CompletionCommand(context));
        commands.put("edit", () -> new EditCommand(context));
        commands.put("run", () -> new RunCommand(context));
        commands.put("expect", () -> new ExpectCommand(context));
        commands.put("pause", () -> new PauseCommand(context));
        for (String name : DebugCommand.NAMES) {
            commands.put(name, () -> DebugCommand.create(context, name));
        }
        commands.put("record", () -> new RecordCommand(context));
        commands.put("save-script", () -> new SaveScriptCommand(context));
        commands.put(
                "export",
                () -> new CommandLine(new ExportCommand())
                        .addSubcommand(new ExportHttpCommand(context))
                        .addSubcommand(new ExportCurlCommand(context)));
        commands.put("watch", () -> WatchCommand.create(context));
        commands.put("help", CommandTree::help);
        return commands;
    }

    private static CommandLine help() {
        CommandLine help = new CommandLine(new CommandLine.HelpCommand());
        help.getCommandSpec()
                .usageMessage()
                .footer("", "Examples:", "  help                 every command", "  help get", "  get --help");
        return help;
    }

    private static CommandLine page(ShellContext context, String rel) {
        CommandLine page = new CommandLine(new PageCommand(context, rel));
        page.getCommandSpec()
                .usageMessage()
                .description("Follow the newest response's Link rel=\"" + rel + "\" (RFC 8288) with the same headers.");
        return page;
    }

    private static CommandLine verb(ShellContext context, String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        CommandLine verb = new CommandLine(new RequestCommand(context, upper));
        verb.getCommandSpec()
                .usageMessage()
                .description(
                        "Send " + (upper.equals("OPTIONS") ? "an " : "a ") + upper + " request and show the response.");
        return verb;
    }

    /** Builds the root with every subcommand ({@code only} null), one of them, or none (empty). */
    private static CommandLine build(ShellContext context, String only) {
        RootCommand rootCommand = new RootCommand(context);
        CommandLine root = new CommandLine(rootCommand);
        add(root, context, only);
        rootCommand.wholeTree(() -> complete(root, context));
        return root;
    }

    private static void add(CommandLine root, ShellContext context, String only) {
        if (only == null || !only.isEmpty()) {
            commands(context).forEach((name, command) -> {
                if ((only == null || only.equals(name))
                        && !root.getSubcommands().containsKey(name)) {
                    root.addSubcommand(name, command.get());
                }
            });
        }
        configure(root, context); // picocli applies settings to the subcommands present when they are set
    }

    private static void configure(CommandLine root, ShellContext context) {
        RootCommand rootCommand = root.getCommand();
        root.setOut(context.console().out());
        root.setErr(context.console().err());
        root.setCaseInsensitiveEnumValuesAllowed(true);
        root.setExpandAtFiles(false); // @file is a request item (a body from a file), not picocli's argument file
        // "-c history" runs the command history, not a subcommand in the wrong place.
        root.setAllowSubcommandsAsOptionParameters(true);
        root.setExecutionExceptionHandler((error, commandLine, parseResult) -> handle(context, error));
        root.setParameterExceptionHandler(CommandTree::usageError);
        rootCommand.lines(new LineRunner(root, context));
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
        java.io.PrintWriter err = command.getErr();
        if (command.getParent() == null
                && error instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            String word = unmatched.getUnmatched().get(0);
            err.println("restsh: unknown command '" + word + "'"
                    + dev.restsh.shell.inspect.Suggestions.hint(
                            word, command.getSubcommands().keySet())
                    + " (try 'restsh --help')");
            err.flush();
            return ExitStatus.USAGE.code();
        }
        err.println("restsh: " + (name.equals("restsh") ? "" : name + ": ") + error.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(error, err)) {
            err.println("Try '" + (name.equals("restsh") ? "restsh --help" : "help " + name) + "' for usage.");
        }
        err.flush();
        return ExitStatus.USAGE.code();
    }
}
