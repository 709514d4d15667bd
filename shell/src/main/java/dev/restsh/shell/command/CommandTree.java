package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
                only = NAMES.contains(name) && !RUNS_LINES.contains(name) ? name : null;
            }
        } catch (CommandLine.ParameterException e) {
            only = null;
        }
        root.setStopAtPositional(false).setUnmatchedArgumentsAllowed(false);
        add(root, context, only);
        return root;
    }

    /**
     * The command's name as the root will read it (the first word, skipping the root's options and the values of
     * those that take one), read without picocli for {@link StartupPrefetch}; a wrong guess costs only the head start.
     */
    static String firstWord(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--base") || arg.equals("--session")) {
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

    /** Every subcommand's name, in the order help lists them; aliases come from the commands' annotations. */
    private static final List<String> NAMES = names();

    private static List<String> names() {
        List<String> names = new ArrayList<>(METHODS);
        names.add("request");
        names.addAll(PAGES);
        names.addAll(List.of(
                "print",
                "history",
                "jq",
                "diff",
                "save",
                "base",
                "cd",
                "pwd",
                "header",
                "auth",
                "env",
                "set",
                "let",
                "session",
                "curl",
                "exit",
                "endpoints",
                "validate",
                "completion",
                "edit",
                "run",
                "expect",
                "pause"));
        names.addAll(DebugCommand.NAMES);
        names.addAll(List.of("record", "save-script", "export", "watch", "help"));
        return List.copyOf(names);
    }

    /**
     * The subcommand of that name, built now. A switch rather than a map of suppliers: each lambda costs a call-site
     * link at start-up, and a one-shot command needs one of the forty.
     */
    private static Object create(ShellContext context, String name) {
        if (METHODS.contains(name)) {
            return verb(context, name);
        }
        if (PAGES.contains(name)) {
            return page(context, name);
        }
        if (DebugCommand.NAMES.contains(name)) {
            return DebugCommand.create(context, name);
        }
        return switch (name) {
            case "request" -> AnyMethodCommand.create(context);
            case "print" -> new PrintCommand(context);
            case "history" -> new HistoryCommand(context);
            case "jq" -> new JqCommand(context);
            case "diff" -> new DiffCommand(context);
            case "save" -> new SaveCommand(context);
            case "base" -> new BaseCommand(context);
            case "cd" -> new CdCommand(context);
            case "pwd" -> new PwdCommand(context);
            case "header" -> new HeaderCommand(context);
            case "auth" -> new AuthCommand(context);
            case "env" -> new EnvCommand(context);
            case "set" -> new SetCommand(context);
            case "let" -> new LetCommand(context);
            case "session" -> new SessionCommand(context);
            case "curl" -> CurlCommand.create(context);
            case "exit" -> new ExitCommand(context);
            case "endpoints" -> new EndpointsCommand(context);
            case "validate" -> new ValidateCommand(context);
            case "completion" -> new CompletionCommand(context);
            case "edit" -> EditCommand.create(context);
            case "run" -> new RunCommand(context);
            case "expect" -> new ExpectCommand(context);
            case "pause" -> new PauseCommand(context);
            case "record" -> new RecordCommand(context);
            case "save-script" -> new SaveScriptCommand(context);
            case "export" ->
                new CommandLine(new ExportCommand())
                        .addSubcommand(new ExportHttpCommand(context))
                        .addSubcommand(new ExportCurlCommand(context));
            case "watch" -> WatchCommand.create(context);
            case "help" -> help();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    private static CommandLine help() {
        CommandLine help = new CommandLine(new CommandLine.HelpCommand());
        help.getCommandSpec()
                .usageMessage()
                .footer("", "Examples:", "  help                 every command", "  help get", "  get --help");
        return help;
    }

    private static CommandLine page(ShellContext context, String rel) {
        CommandLine page = PageCommand.create(context, rel);
        page.getCommandSpec()
                .usageMessage()
                .description("Follow the newest response's Link rel=\"" + rel + "\" (RFC 8288) with the same headers.");
        return page;
    }

    private static CommandLine verb(ShellContext context, String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        return new CommandLine(new RequestCommand(context, upper)
                .model("Send " + (upper.equals("OPTIONS") ? "an " : "a ") + upper + " request and show the response."));
    }

    /** Builds the root with every subcommand ({@code only} null), one of them, or none (empty). */
    private static CommandLine build(ShellContext context, String only) {
        RootCommand rootCommand = new RootCommand(context);
        CommandLine root = new CommandLine(rootCommand.model());
        add(root, context, only);
        rootCommand.wholeTree(() -> complete(root, context));
        return root;
    }

    private static void add(CommandLine root, ShellContext context, String only) {
        if (only == null || !only.isEmpty()) {
            for (String name : NAMES) {
                if ((only == null || only.equals(name))
                        && !root.getSubcommands().containsKey(name)) {
                    root.addSubcommand(name, create(context, name));
                }
            }
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
        root.setExecutionExceptionHandler(new CommandErrors.Execution(context));
        root.setParameterExceptionHandler(new CommandErrors.Usage());
        rootCommand.lines(new LineRunner(root, context));
    }
}
