package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.script.ResponseCondition;
import dev.restsh.shell.script.ShellQuoting;
import dev.restsh.shell.script.Watcher;
import java.time.Duration;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code watch [--until EXPR [--timeout S]] [-n SECONDS] [COMMAND]}: re-sends a request and shows what changed,
 * until Ctrl-C, or until a condition holds.
 */
@Command(
        description = "Re-send a request every few seconds and show what changed (status, headers, body),"
                + " or until a condition holds.",
        footer = {
            "",
            "Examples:",
            "  watch                      the last request, every 2 seconds",
            "  watch -n 1 get /get_ips",
            "  watch --until \"response.json()['state'] == 'done'\" --timeout 60 get /jobs/7",
            "",
            "With --until the watch ends with status 0 when the condition holds for a response (the first one",
            "included), and with status 6 when the timeout (default 300 s; 0: none) comes first, showing the",
            "condition's last value. With quarkus:dev: edit the server, save, and the change shows up here.",
            "Ctrl-C stops."
        })
public class WatchCommand extends ShellCommand {
    /** How long --until waits by default: a CI job should not hang for ever on a job that never finishes. */
    private static final double DEFAULT_UNTIL_TIMEOUT = 300;

    @Spec
    CommandSpec spec;

    @Option(names = "-n", paramLabel = "SECONDS", description = "Seconds between runs (default: 2).")
    double seconds = 2;

    @Option(
            names = "--until",
            paramLabel = "EXPR",
            description = "Stop when this expression holds for a response (response is the new one).")
    String until;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            description = "Stop after this long (with --until: default 300, a failure, status 6; 0: no limit).")
    Double timeout;

    @Option(names = "--count", hidden = true, description = "Stop after this many runs (for tests).")
    int count;

    @Parameters(arity = "0..*", paramLabel = "COMMAND", description = "A request command (default: the last request).")
    List<String> command;

    public WatchCommand(ShellContext context) {
        super(context);
    }

    /** The command for the tree: options only before the watched command, whose own options stay its own. */
    static CommandLine create(ShellContext context) {
        return new CommandLine(new WatchCommand(context)).setStopAtPositional(true);
    }

    @Override
    public Integer call() {
        if (seconds < 0.1) {
            throw RestshException.usage("watch: -n must be at least 0.1 seconds");
        }
        String line = command == null || command.isEmpty() ? null : ShellQuoting.line(command);
        if (timeout != null && timeout < 0) {
            throw RestshException.usage("watch: --timeout must be 0 (no limit) or more seconds");
        }
        ResponseCondition condition = until == null ? null : new ResponseCondition(until);
        double limit = timeout != null ? timeout : condition != null ? DEFAULT_UNTIL_TIMEOUT : 0;
        Watcher.Plan plan = new Watcher.Plan(millis(seconds), count, condition, limit > 0 ? millis(limit) : null);
        CommandLine root = spec.root().commandLine();
        return new Watcher(context, new LineRunner(root, context)).watch(line, plan);
    }

    private static Duration millis(double seconds) {
        return Duration.ofMillis((long) (seconds * 1000));
    }
}
