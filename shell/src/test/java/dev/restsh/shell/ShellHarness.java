package dev.restsh.shell;

import dev.restsh.shell.command.CommandTree;
import dev.restsh.shell.command.LineRunner;
import dev.restsh.shell.request.UrlResolver;
import dev.restsh.shell.session.Session;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** A restsh session over string buffers: run one-shot args or lines, then read what was printed. */
public final class ShellHarness {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ShellContext context;
    private final CommandLine root;

    public ShellHarness(String base) {
        this(base, false);
    }

    public ShellHarness(String base, boolean colour) {
        Console console = new Console(new PrintWriter(out, true), new PrintWriter(err, true), colour, colour);
        context = new ShellContext(new Session(UrlResolver.base(base)), console);
        // Hermetic: no proxies, server token or saved sessions of the machine running the tests.
        context.session().env(java.util.Map.of("HOME", "/nonexistent/restsh-test-home"));
        root = CommandTree.build(context);
    }

    /** Runs restsh with these command-line arguments (one-shot mode); returns the exit status. */
    public int oneShot(String... args) {
        context.oneShot(true);
        context.session().interruptible(false); // as Main runs one-shot commands
        return root.execute(args);
    }

    /** Runs one line as the REPL or stdin mode would; returns its exit status. */
    public int line(String line) {
        return new LineRunner(root, context).run(line);
    }

    public String out() {
        return out.toString();
    }

    public String err() {
        return err.toString();
    }

    /** Forgets what was printed so far. */
    public void clear() {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
    }

    /** Runs with this environment instead (proxies, XDG folders, the server token). */
    public ShellHarness env(java.util.Map<String, String> env) {
        context.session().env(env);
        return this;
    }

    /** Runs with its home (and config folder, where sessions are kept) in this folder, never the user's. */
    public ShellHarness home(java.nio.file.Path home) {
        return env(java.util.Map.of(
                "HOME",
                home.toString(),
                "XDG_CONFIG_HOME",
                home.resolve("config").toString()));
    }

    public ShellContext context() {
        return context;
    }

    public CommandLine root() {
        return root;
    }
}
