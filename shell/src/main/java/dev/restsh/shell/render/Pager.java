package dev.restsh.shell.render;

import dev.restsh.shell.Console;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.List;

/**
 * Output through {@code $PAGER} (default {@code less -R}) on a terminal. As git does, LESS defaults to FRX so
 * that output shorter than a screen is printed and the pager quits by itself. When the pager cannot start,
 * output goes to the terminal directly.
 */
final class Pager implements AutoCloseable {
    private final Process process;
    private final PrintWriter out;
    private final OutputStream stream;

    private Pager(Process process, PrintWriter out, OutputStream stream) {
        this.process = process;
        this.out = out;
        this.stream = stream;
    }

    static Pager start(String command, PrintWriter fallback, OutputStream fallbackStream) {
        ProcessBuilder builder = new ProcessBuilder(List.of("sh", "-c", command))
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putIfAbsent("LESS", "FRX");
        try {
            Process process = builder.start();
            return new Pager(process, Console.writer(process.getOutputStream()), process.getOutputStream());
        } catch (IOException e) {
            return new Pager(null, fallback, fallbackStream);
        }
    }

    PrintWriter out() {
        return out;
    }

    OutputStream stream() {
        return stream;
    }

    @Override
    public void close() {
        out.flush();
        if (process == null) {
            return;
        }
        out.close();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
        }
    }
}
