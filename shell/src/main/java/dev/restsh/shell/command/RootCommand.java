package dev.restsh.shell.command;

import static dev.restsh.shell.command.ProgrammaticModel.option;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.Version;
import dev.restsh.shell.XdgDirs;
import dev.restsh.shell.line.LineContinuation;
import dev.restsh.shell.line.LineSplitter;
import dev.restsh.shell.request.UrlResolver;
import dev.restsh.shell.session.SessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * {@code restsh}: with a subcommand, runs it once; with {@code -c}, runs those commands; with neither, opens the
 * REPL on a terminal or reads commands from stdin. Its model is built with picocli's programmatic API (see {@link
 * ProgrammaticModel}).
 */
public class RootCommand implements Callable<Integer> {
    private static final String[] FOOTER = {
        "",
        "Examples:",
        "  restsh                                  open the interactive shell",
        "  restsh get /get_ips                     one request, then exit",
        "  restsh -c 'get /get_ips' -c 'response.json()[\"results\"][0]'",
        "  printf 'get /get_ips\\nresponse\\n' | restsh",
        "",
        "Exit status: 0 ok, 1 other error (a file not written, out of memory),",
        "2 usage error, 3 unfollowed redirect, 4 HTTP 4xx, 5 HTTP 5xx, 6 failed expect,",
        "7 network error (refused, DNS, TLS, timeout)."
    };

    private final ShellContext context;
    private final OptionSpec commands = option(
                    List.class,
                    "COMMANDS",
                    "Run these commands (separated by newlines or ';') and exit.",
                    "-c",
                    "--command")
            .auxiliaryTypes(String.class)
            .build();
    private IntSupplier interactive;
    private LineRunner lines;
    private Runnable wholeTree;
    /** {@code --base}, kept so that it wins over a {@code --session}'s base in whichever order the two come. */
    private java.net.URI explicitBase;

    public RootCommand(ShellContext context) {
        this.context = context;
    }

    /** The root's model: its own options (applied as picocli reads them, in order) and the standard help. */
    CommandSpec model() {
        CommandSpec model = ProgrammaticModel.model(this)
                .name("restsh")
                .addOption(commands)
                .addOption(applied(
                        "--base",
                        String.class,
                        "URL",
                        "Base URL for relative URLs (default: ${RESTSH_BASE_URL:-http://localhost:8080})."))
                .addOption(applied(
                        "--session",
                        String.class,
                        "NAME",
                        "Use the named session: loaded when it exists, saved after each request."))
                .addOption(applied("--env", String.class, "NAME", "Use the named environment (see: help use)."))
                .addOption(applied(
                        "--raw",
                        boolean.class,
                        null,
                        "Write the server's bytes to a terminal as they came, control characters included"
                                + " (as raw = on in the config, or RESTSH_RAW=on)."))
                .addOption(applied("--debug", boolean.class, null, "Show stack traces of errors."));
        ProgrammaticModel.standardHelp(model, new VersionProvider());
        model.usageMessage()
                .description("Explore HTTP APIs: send requests, then inspect the responses like live objects.")
                .commandListHeading("")
                .footer(FOOTER)
                .sectionMap()
                .put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, new GroupedCommandList());
        return model;
    }

    /** An option that acts when given (not a value read later), and is not reset between parses. */
    private OptionSpec applied(String name, Class<?> type, String label, String description) {
        OptionSpec.Builder option = OptionSpec.builder(name)
                .type(type)
                .description(description)
                .hasInitialValue(false)
                .setter(new Applied(name));
        return (label == null ? option : option.paramLabel(label)).build();
    }

    /** Carries out {@code --base}, {@code --session}, {@code --env}, {@code --raw} and {@code --debug} as picocli reads them. */
    private final class Applied implements ISetter {
        private final String name;

        Applied(String name) {
            this.name = name;
        }

        @Override
        public <T> T set(T value) {
            switch (name) {
                case "--base" -> base((String) value);
                case "--session" -> session((String) value);
                case "--env" -> environment((String) value);
                case "--raw" -> context.console().raw((Boolean) value);
                default -> context.console().debug((Boolean) value);
            }
            return null;
        }
    }

    private void base(String url) {
        explicitBase = UrlResolver.base(url);
        context.session().base(explicitBase);
    }

    private void environment(String name) {
        context.environments().use(name);
        if (explicitBase != null) {
            context.session().base(explicitBase);
        }
    }

    private void session(String name) {
        SessionStore store = SessionStore.of(context.session().env());
        if (store.exists(name)) {
            store.load(name, context.session());
            if (explicitBase != null) {
                context.session().base(explicitBase);
            }
        } else {
            store.path(name); // checks the name now rather than at the first save
        }
        context.session().name(name);
    }

    /** What runs when there is neither a subcommand nor {@code -c}: the REPL or the stdin reader. */
    public void onNoCommand(IntSupplier mode) {
        this.interactive = mode;
    }

    void lines(LineRunner runner) {
        this.lines = runner;
    }

    /** How to add the subcommands a root built for the REPL lacks, before {@code -c} runs lines. */
    void wholeTree(Runnable complete) {
        this.wholeTree = complete;
    }

    @Override
    public Integer call() {
        context.bodyInput(null); // stdin holds commands here, never a request body
        context.oneShot(false); // lines follow (-c, the REPL, stdin): no command holds the foreground
        List<String> given = commands.getValue();
        if (given == null || given.isEmpty()) {
            return interactive == null ? ExitStatus.OK.code() : interactive.getAsInt();
        }
        if (wholeTree != null) {
            wholeTree.run();
        }
        List<String> all = new ArrayList<>();
        for (String text : given) {
            all.addAll(LineSplitter.commands(LineContinuation.join(text)));
        }
        return lines.runAll(all);
    }

    /** Shows the version of restsh and of the Java runtime. */
    public static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            XdgDirs dirs = XdgDirs.from(System.getenv());
            return new String[] {
                "restsh " + Version.number(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ", "
                        + System.getProperty("java.home") + ")",
                "config:  " + dirs.config(),
                "state:   " + dirs.state(),
                "history: " + dirs.history()
            };
        }
    }
}
