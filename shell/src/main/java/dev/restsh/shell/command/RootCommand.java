package dev.restsh.shell.command;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.Version;
import dev.restsh.shell.XdgDirs;
import dev.restsh.shell.request.UrlResolver;
import dev.restsh.shell.session.SessionStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * {@code restsh}: with a subcommand, runs it once; with {@code -c}, runs those commands; with neither, opens the
 * REPL on a terminal or reads commands from stdin.
 */
@Command(
        addMethodSubcommands = false,
        name = "restsh",
        mixinStandardHelpOptions = true,
        versionProvider = RootCommand.VersionProvider.class,
        description = "Explore HTTP APIs: send requests, then inspect the responses like live objects.",
        footer = {
            "",
            "Examples:",
            "  restsh                                  open the interactive shell",
            "  restsh get /get_ips                     one request, then exit",
            "  restsh -c 'get /get_ips' -c 'response.json()[\"results\"][0]'",
            "  printf 'get /get_ips\\nresponse\\n' | restsh",
            "",
            "Exit status: 0 ok, 1 other error (a file not written, out of memory), 2 usage error,",
            "3 unfollowed redirect, 4 HTTP 4xx, 5 HTTP 5xx, 6 failed expect,",
            "7 network error (refused, DNS, TLS, timeout)."
        })
public class RootCommand implements Callable<Integer> {
    private final ShellContext context;
    private IntSupplier interactive = () -> 0;
    private LineRunner lines;
    private Runnable wholeTree = () -> {};
    /** {@code --base}, kept so that it wins over a {@code --session}'s base in whichever order the two come. */
    private java.net.URI explicitBase;

    @Option(
            names = "--base",
            paramLabel = "URL",
            description = "Base URL for relative URLs (default: ${RESTSH_BASE_URL:-http://localhost:8080}).")
    void base(String url) {
        explicitBase = UrlResolver.base(url);
        context.session().base(explicitBase);
    }

    @Option(
            names = "--session",
            paramLabel = "NAME",
            description = "Use the named session: loaded when it exists, saved after each request.")
    void session(String name) {
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

    @Option(names = "--debug", description = "Show stack traces of errors.")
    void debug(boolean on) {
        context.console().debug(on);
    }

    @Option(
            names = {"-c", "--command"},
            paramLabel = "COMMANDS",
            description = "Run these commands (separated by newlines or ';') and exit.")
    List<String> commands = new ArrayList<>();

    public RootCommand(ShellContext context) {
        this.context = context;
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
        if (commands.isEmpty()) {
            return interactive.getAsInt();
        }
        wholeTree.run();
        List<String> all = new ArrayList<>();
        commands.forEach(text -> all.addAll(LineSplitter.commands(LineContinuation.join(text))));
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
