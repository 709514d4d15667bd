package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.render.Ansi;
import dev.restsh.shell.script.Retrier;
import dev.restsh.shell.script.ShellQuoting;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code retry N [--delay S] REQUEST}: sends a request, and again after network errors, 5xx and 429. */
@Command(
        description = "Send a request, and again (up to N more times) after a network error, a 5xx or a 429.",
        footer = {
            "",
            "Examples:",
            "  retry 3 get /get_ips",
            "  retry 5 --delay 0.5 post /jobs name=nightly",
            "",
            "Waits double from --delay (default 1 s: 1, 2, 4 … s), at most 30 s; a 429's or 503's Retry-After",
            "(seconds or an HTTP-date) is waited instead, at most 120 s. Each attempt is one line on stderr;",
            "the exit status is the last attempt's."
        })
public class RetryCommand extends ShellCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--delay", paramLabel = "SECONDS", description = "The first wait (default 1); it doubles.")
    Double delay;

    @Parameters(index = "0", paramLabel = "N", description = "How many times to send again at most.")
    int retries;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "REQUEST", description = "A request command.")
    List<String> command = new ArrayList<>();

    public RetryCommand(ShellContext context) {
        super(context);
    }

    /** Options only before the request (and {@code --delay} right after N), whose own options stay its own. */
    static CommandLine create(ShellContext context) {
        return new CommandLine(new RetryCommand(context)).setStopAtPositional(true);
    }

    @Override
    public Integer call() {
        List<String> words = new ArrayList<>(command);
        if (words.size() >= 2 && words.get(0).equals("--delay")) {
            delay = seconds(words.get(1));
            words = words.subList(2, words.size());
        }
        if (retries < 0 || retries > 100) {
            throw RestshException.usage("retry: N must be 0 to 100");
        }
        double first = delay == null ? 1 : delay;
        if (first < 0) {
            throw RestshException.usage("retry: --delay must be 0 or more seconds");
        }
        if (words.isEmpty()) {
            throw RestshException.usage("retry: which request? For example: retry 3 get /get_ips");
        }
        String line = ShellQuoting.line(words);
        Retrier retrier = new Retrier(
                retries,
                Duration.ofMillis((long) (first * 1000)),
                context.pacer(),
                context.console().err(),
                new Ansi(context.console().colour()));
        LineRunner lines = new LineRunner(spec.root().commandLine(), context);
        return context.session().exchanges().during(retrier, () -> lines.run(line));
    }

    private static double seconds(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw RestshException.usage("retry: --delay takes seconds, not '" + text + "'");
        }
    }
}
