package dev.restsh.shell;

import dev.restsh.shell.command.CommandTree;
import dev.restsh.shell.command.RootCommand;
import dev.restsh.shell.command.StartupPrefetch;
import dev.restsh.shell.config.Settings;
import dev.restsh.shell.repl.Repl;
import dev.restsh.shell.repl.StdinReader;
import dev.restsh.shell.repl.TerminalPrefetch;
import dev.restsh.shell.request.PipedInput;
import dev.restsh.shell.request.UrlResolver;
import dev.restsh.shell.session.Session;
import java.util.Map;
import picocli.CommandLine;

/** Entry point: one-shot command, {@code -c}, the REPL on a terminal, or commands read from stdin. */
public final class Main {
    private Main() {}

    /**
     * Two of picocli's documented switches, for start-up: no look-up of Groovy's closure class (a class-path search
     * that opens restsh's jar), and no converters for java.sql and java.time types, which picocli registers by
     * reflection for every command line and no restsh option uses.
     */
    private static void quietPicocli() {
        System.setProperty("picocli.disable.closures", "true");
        System.setProperty("picocli.converters.excludes", "java\\.(sql|time)\\..*");
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv()));
    }

    public static int run(String[] args, Map<String, String> env) {
        quietPicocli();
        if (args.length > 0) {
            StartupPrefetch.start(args);
        }
        Settings settings;
        try {
            settings = Settings.load(env);
        } catch (RestshException e) {
            return Failures.report(Console.system(env), e);
        }
        Console console = Console.system(env, settings);
        settings.warnings().forEach(warning -> console.error(warning, null));
        ShellContext context = new ShellContext(new Session(UrlResolver.base(settings.base())), console);
        context.settings(settings);
        settings.headers().forEach((name, value) -> context.session().headers().set(name, value));
        context.session().timeout(settings.timeout());
        context.session().tls(settings.tls());
        context.session().proxy(settings.proxy());
        if (PipedInput.stdinIsPiped()) {
            context.bodyInput(System.in); // a one-shot request may send it as its body (the REPL path clears it)
        }
        context.scripting().environment(env);
        if (args.length == 0 && System.console() != null) {
            TerminalPrefetch.start(); // the REPL: open the terminal while the command tree is built
        }
        CommandLine root = CommandTree.buildFor(context, args);
        RootCommand rootCommand = root.getCommand();
        rootCommand.onNoCommand(() -> {
            // JLine silently falls back to a dumb terminal without a tty: choose the non-interactive path here.
            if (System.console() != null) {
                return new Repl(root, context, CommandTree.completeInBackground(root, context)).run();
            }
            CommandTree.complete(root, context);
            return new StdinReader(root, context, System.in).run();
        });
        context.oneShot(args.length > 0); // RootCommand clears it when -c runs lines instead
        context.session().interruptible(false); // nothing interrupts a request but the REPL's Ctrl-C
        try {
            return root.execute(args);
        } catch (OutOfMemoryError e) {
            return Failures.report(console, e);
        }
    }
}
