package dev.restsh.shell.repl;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.command.LineRunner;
import dev.restsh.shell.line.LineJoiner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Runs commands read from a pipe or file, one per line (joined over several lines as in scripts): no prompt, no
 * echo, only their output.
 */
public final class StdinReader {
    private final LineRunner runner;
    private final ShellContext context;
    private final InputStream in;

    public StdinReader(CommandLine root, ShellContext context, InputStream in) {
        this.runner = new LineRunner(root, context);
        this.context = context;
        this.in = in;
    }

    /** Runs every command; the status is that of the last one that failed (0 when none did). */
    public int run() {
        int status = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            LineJoiner joiner = new LineJoiner();
            String line;
            while (!context.exitRequested() && (line = reader.readLine()) != null) {
                status = run(joiner.add(line), status);
            }
            if (!context.exitRequested()) {
                // What is still open at the end of input runs as it is, and fails there if it cannot.
                status = run(joiner.rest(), status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return status;
    }

    private int run(String command, int status) {
        if (command == null) {
            return status;
        }
        int commandStatus = runner.run(command);
        return commandStatus == 0 ? status : commandStatus;
    }
}
