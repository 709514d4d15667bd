package dev.restsh.shell.command;

import dev.restsh.shell.RestshException;
import dev.restsh.shell.ShellContext;
import dev.restsh.shell.script.ShellQuoting;
import dev.restsh.shell.script.Watcher;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code watch [-n SECONDS] [COMMAND]}: re-sends a request and shows what changed, until Ctrl-C. */
@Command(
        description = "Re-send a request every few seconds and show what changed (status, headers, body).",
        footer = {
            "",
            "Examples:",
            "  watch                      the last request, every 2 seconds",
            "  watch -n 1 get /get_ips",
            "",
            "With quarkus:dev: edit the server, save, and the change shows up here. Ctrl-C stops."
        })
public class WatchCommand extends ShellCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "-n", paramLabel = "SECONDS", description = "Seconds between runs (default: 2).")
    double seconds = 2;

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
        String line = command == null || command.isEmpty()
                ? null
                : command.stream().map(ShellQuoting::quote).collect(Collectors.joining(" "));
        CommandLine root = spec.root().commandLine();
        return new Watcher(context, new LineRunner(root, context))
                .watch(line, Duration.ofMillis((long) (seconds * 1000)), count);
    }
}
