package dev.restsh.shell.command;

import static dev.restsh.shell.command.CommandCatalogue.Group.INSPECT;
import static dev.restsh.shell.command.CommandCatalogue.Group.OTHER;
import static dev.restsh.shell.command.CommandCatalogue.Group.REQUESTS;
import static dev.restsh.shell.command.CommandCatalogue.Group.SCRIPTS;
import static dev.restsh.shell.command.CommandCatalogue.Group.SESSION;
import static dev.restsh.shell.command.CommandCatalogue.Trait.OWN_HELP;
import static dev.restsh.shell.command.CommandCatalogue.Trait.PROGRAMMATIC;
import static dev.restsh.shell.command.CommandCatalogue.Trait.RAW_LINE;
import static dev.restsh.shell.command.CommandCatalogue.Trait.SENDS_REQUEST;
import static dev.restsh.shell.command.CommandCatalogue.Trait.SHAPES_SESSION;
import static dev.restsh.shell.command.CommandCatalogue.Trait.WHOLE_TREE;

import dev.restsh.shell.ShellContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command of the shell, declared once: its names, the group {@code help} lists it under, its traits and (in
 * {@link #create}) how it is built. The tree, the line runner, scripts, transcripts and start-up all ask here; a new
 * command is one constant and one case (the compiler insists on the case).
 */
public enum CommandCatalogue {
    GET(REQUESTS, "get", SENDS_REQUEST, PROGRAMMATIC, OWN_HELP),
    POST(REQUESTS, "post", SENDS_REQUEST, PROGRAMMATIC, OWN_HELP),
    PUT(REQUESTS, "put", SENDS_REQUEST, PROGRAMMATIC, OWN_HELP),
    PATCH(REQUESTS, "patch", SENDS_REQUEST, PROGRAMMATIC, OWN_HELP),
    DELETE(REQUESTS, "delete", SENDS_REQUEST, PROGRAMMATIC, OWN_HELP),
    HEAD(REQUESTS, "head", SENDS_REQUEST, PROGRAMMATIC, OWN_HELP),
    OPTIONS(REQUESTS, "options", SENDS_REQUEST, PROGRAMMATIC, OWN_HELP),
    REQUEST(REQUESTS, "request", SENDS_REQUEST, OWN_HELP),
    NEXT(REQUESTS, "next", SENDS_REQUEST, OWN_HELP),
    PREV(REQUESTS, "prev", SENDS_REQUEST, OWN_HELP),
    FIRST(REQUESTS, "first", SENDS_REQUEST, OWN_HELP),
    LAST(REQUESTS, "last", SENDS_REQUEST, OWN_HELP),
    CURL(REQUESTS, "curl", SENDS_REQUEST, OWN_HELP),
    // Sends, but its body comes from an editor: a script or transcript could not replay it.
    EDIT(REQUESTS, "edit", OWN_HELP),
    RESEND(REQUESTS, "resend replay", SENDS_REQUEST, OWN_HELP),
    WATCH(REQUESTS, "watch", WHOLE_TREE),
    RETRY(REQUESTS, "retry", SENDS_REQUEST, WHOLE_TREE),
    COMPARE(REQUESTS, "compare", WHOLE_TREE),
    // Kept by a transcript when they succeed, like the lines that shape the session: a script replays them.
    WS(REQUESTS, "ws", SHAPES_SESSION),
    SEND(REQUESTS, "send", SHAPES_SESSION, RAW_LINE),
    CLOSE(REQUESTS, "close", SHAPES_SESSION),
    PRINT(INSPECT, "print p", RAW_LINE),
    PP(INSPECT, "pp", RAW_LINE),
    HISTORY(INSPECT, "history"),
    MESSAGES(INSPECT, "messages"),
    JQ(INSPECT, "jq"),
    DIFF(INSPECT, "diff"),
    SAVE(INSPECT, "save"),
    VALIDATE(INSPECT, "validate"),
    ENDPOINTS(INSPECT, "endpoints ls"),
    COVERAGE(INSPECT, "coverage"),
    BASE(SESSION, "base", SHAPES_SESSION),
    CD(SESSION, "cd", SHAPES_SESSION),
    PWD(SESSION, "pwd"),
    HEADER(SESSION, "header", SHAPES_SESSION),
    AUTH(SESSION, "auth", SHAPES_SESSION),
    SET(SESSION, "set", SHAPES_SESSION),
    LET(SESSION, "let", SHAPES_SESSION, RAW_LINE),
    ENV(SESSION, "env"),
    NAMED_SESSION(SESSION, "session"),
    USE(SESSION, "use environments", SHAPES_SESSION),
    RUN(SCRIPTS, "run", WHOLE_TREE),
    EXPECT(SCRIPTS, "expect", SHAPES_SESSION, RAW_LINE),
    PAUSE(SCRIPTS, "pause"),
    BREAK(SCRIPTS, "break", RAW_LINE),
    CONTINUE(SCRIPTS, "continue"),
    STEP(SCRIPTS, "step"),
    WHERE(SCRIPTS, "where"),
    RECORD(SCRIPTS, "record"),
    SAVE_SCRIPT(SCRIPTS, "save-script"),
    EXPORT(SCRIPTS, "export"),
    IMPORT(SCRIPTS, "import"),
    COMPLETION(OTHER, "completion"),
    EXIT(OTHER, "exit quit"),
    HELP(OTHER, "help", WHOLE_TREE, OWN_HELP);

    /** The headings {@code help} lists the commands under, in this order. */
    public enum Group {
        REQUESTS("Requests"),
        INSPECT("Inspect"),
        SESSION("Session"),
        SCRIPTS("Scripts"),
        OTHER("Other");

        private final String heading;

        Group(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    public enum Trait {
        /**
         * Sends the request its line describes: a script takes its HTTP error statuses as responses (and steps
         * before it), a transcript keeps it, and a one-shot run prepares the HTTP client while the tree is built.
         */
        SENDS_REQUEST,
        /** Takes the rest of the line as typed, so that quotes inside an expression or filter survive. */
        RAW_LINE,
        /** Shapes the session (or checks it, as {@code expect}): a transcript keeps the line when it succeeds. */
        SHAPES_SESSION,
        /**
         * Built with picocli's programmatic API, not its annotations: it is on the path of a one-shot request (see
         * {@link ProgrammaticModel}).
         */
        PROGRAMMATIC,
        /** Runs or lists other commands, so a one-shot run of it builds the whole tree. */
        WHOLE_TREE,
        /**
         * Brings its own help option ({@code -h} means something else to it, HTTPie's {@code --headers} or curl's):
         * picocli's {@code -h}/{@code --help}/{@code -V} are not added.
         */
        OWN_HELP
    }

    /** The HTTP verbs, the commands named after a method. */
    public static final List<String> METHODS = names(EnumSet.range(GET, OPTIONS));

    private static final Map<String, CommandCatalogue> BY_NAME = new HashMap<>();

    static {
        for (CommandCatalogue command : values()) {
            BY_NAME.put(command.name, command);
            for (String alias : command.aliases) {
                BY_NAME.put(alias, command);
            }
        }
    }

    private final Group group;
    private final String name;
    private final String[] aliases;
    private final Set<Trait> traits;

    /** {@code names}: the command's name, then its aliases, separated by spaces. */
    CommandCatalogue(Group group, String names, Trait... traits) {
        String[] words = names.split(" ");
        this.group = group;
        this.name = words[0];
        this.aliases = Arrays.copyOfRange(words, 1, words.length);
        this.traits = Set.of(traits);
    }

    /** The command of that name or alias; null when there is none. */
    public static CommandCatalogue named(String name) {
        return BY_NAME.get(name);
    }

    /** True when a command of that name or alias has the trait. */
    public static boolean is(String name, Trait trait) {
        CommandCatalogue command = named(name);
        return command != null && command.has(trait);
    }

    public boolean has(Trait trait) {
        return traits.contains(trait);
    }

    public String commandName() {
        return name;
    }

    public List<String> aliases() {
        return List.of(aliases);
    }

    public Group group() {
        return group;
    }

    /** The command, built now, under its name and aliases, with picocli's help options unless it has its own. */
    CommandLine build(ShellContext context) {
        Object command = create(context);
        CommandLine line = command instanceof CommandLine built ? built : new CommandLine(command);
        if (!has(OWN_HELP)) {
            standardHelp(line);
        }
        if (aliases.length > 0) {
            line.getCommandSpec().aliases(aliases);
        }
        return line;
    }

    /**
     * The command object or its command line. A switch rather than a supplier per constant: each lambda costs a
     * call-site link at start-up, and a one-shot command needs one of the forty.
     */
    private Object create(ShellContext context) {
        return switch (this) {
            case GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS -> verb(context, name);
            case REQUEST -> AnyMethodCommand.create(context);
            case NEXT, PREV, FIRST, LAST -> page(context, name);
            case CURL -> CurlCommand.create(context);
            case EDIT -> EditCommand.create(context);
            case RESEND -> ResendCommand.create(context);
            case WATCH -> WatchCommand.create(context);
            case RETRY -> RetryCommand.create(context);
            case COMPARE -> CompareCommand.create(context);
            case WS -> new WsCommand(context);
            case SEND -> new SendCommand(context);
            case CLOSE -> new CloseCommand(context);
            case PRINT -> new PrintCommand(context);
            case PP -> new PrettyPrintCommand(context);
            case HISTORY -> new HistoryCommand(context);
            case MESSAGES -> new MessagesCommand(context);
            case JQ -> new JqCommand(context);
            case DIFF -> new DiffCommand(context);
            case SAVE -> new SaveCommand(context);
            case VALIDATE -> new ValidateCommand(context);
            case ENDPOINTS -> new EndpointsCommand(context);
            case COVERAGE -> new CoverageCommand(context);
            case BASE -> new BaseCommand(context);
            case CD -> new CdCommand(context);
            case PWD -> new PwdCommand(context);
            case HEADER -> new HeaderCommand(context);
            case AUTH -> new AuthCommand(context);
            case SET -> new SetCommand(context);
            case LET -> new LetCommand(context);
            case ENV -> new EnvCommand(context);
            case NAMED_SESSION -> new SessionCommand(context);
            case USE -> new UseCommand(context);
            case RUN -> new RunCommand(context);
            case EXPECT -> new ExpectCommand(context);
            case PAUSE -> new PauseCommand(context);
            case BREAK -> new BreakCommand(context);
            case CONTINUE, STEP, WHERE -> DebugCommand.create(context, name);
            case RECORD -> new RecordCommand(context);
            case SAVE_SCRIPT -> new SaveScriptCommand(context);
            case EXPORT ->
                new CommandLine(new ExportCommand(context))
                        .addSubcommand(standardHelp(new CommandLine(new ExportHttpCommand(context))))
                        .addSubcommand(standardHelp(new CommandLine(new ExportCurlCommand(context))))
                        .addSubcommand(standardHelp(new CommandLine(new ExportHarCommand(context))));
            case IMPORT ->
                new CommandLine(new ImportCommand(context))
                        .addSubcommand(standardHelp(new CommandLine(new ImportHarCommand(context))));
            case COMPLETION -> new CompletionCommand(context);
            case EXIT -> new ExitCommand(context);
            case HELP -> new HelpCommand();
        };
    }

    /** picocli's {@code -h}/{@code --help} and {@code -V}/{@code --version}, built without reflection. */
    private static CommandLine standardHelp(CommandLine line) {
        ProgrammaticModel.standardHelp(line.getCommandSpec(), null);
        return line;
    }

    private static CommandLine page(ShellContext context, String rel) {
        CommandLine page = PageCommand.create(context, rel);
        page.getCommandSpec()
                .usageMessage()
                .description("Follow the newest response's Link rel=\"" + rel + "\" (RFC 8288) with the same headers.");
        return page;
    }

    private static CommandSpec verb(ShellContext context, String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        return new RequestCommand(context, upper)
                .model("Send " + (upper.equals("OPTIONS") ? "an " : "a ") + upper + " request and show the response.");
    }

    private static List<String> names(Set<CommandCatalogue> commands) {
        List<String> names = new ArrayList<>();
        for (CommandCatalogue command : commands) { // a loop, not a lambda: this runs at start-up
            names.add(command.commandName());
        }
        return List.copyOf(names);
    }
}
