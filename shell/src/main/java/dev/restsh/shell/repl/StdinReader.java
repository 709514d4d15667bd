package dev.restsh.shell.repl;

import dev.restsh.shell.ShellContext;
import dev.restsh.shell.command.LineRunner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs commands read from a pipe or file, one per line: no prompt, no echo, only their output. */
public final class StdinReader {
    private final LineRunner runner;
    private final ShellContext context;
    private final InputStream in;

    public StdinReader(CommandLine root, ShellContext context, InputStream in) {
        this.runner = new LineRunner(root, context);
        this.context = context;
        this.in = in;
    }

    /** Runs every line; the status is that of the last line that failed (0 when none did). */
    public int run() {
        int status = 0;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int lineStatus = runner.run(line);
                if (lineStatus != 0) {
                    status = lineStatus;
                }
                if (context.exitRequested()) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return status;
    }
}
