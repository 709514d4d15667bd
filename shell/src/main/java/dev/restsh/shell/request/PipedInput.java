package dev.restsh.shell.request;

import dev.restsh.shell.RestshException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard input is a pipe or file (a body to send, as HTTPie reads it) rather than a terminal. */
public final class PipedInput {
    private PipedInput() {}

    /** True when stdin is not a terminal; Java 17 cannot ask directly, so Linux's /proc is read. */
    public static boolean stdinIsPiped() {
        if (System.console() != null) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString();
            return !(target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // cannot tell: never wait on a terminal
        }
    }

    public static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            throw RestshException.usage("cannot read the body from stdin: " + e.getMessage());
        }
    }
}
