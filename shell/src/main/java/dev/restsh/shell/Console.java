package dev.restsh.shell;

import dev.restsh.shell.config.Settings;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The streams a session writes to and what they are connected to (like HTTPie's Environment): tests build one
 * over byte buffers, {@link Main} over the process streams.
 */
public final class Console {
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean colour;
    private boolean debug;

    public Console(PrintWriter out, PrintWriter err, boolean terminal, boolean colour) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.colour = colour;
    }

    /** A console over the process streams; colour only on a terminal and when NO_COLOR is unset. */
    public static Console system(Map<String, String> env) {
        boolean tty = System.console() != null;
        String noColour = env.get("NO_COLOR");
        boolean colour = tty && (noColour == null || noColour.isEmpty()) && !"dumb".equals(env.get("TERM"));
        return new Console(writer(System.out), writer(System.err), tty, colour);
    }

    /** As {@link #system(Map)}, with the config file's colour choice: always, never, or auto (as above). */
    public static Console system(Map<String, String> env, Settings.Colour choice) {
        Console automatic = system(env);
        return choice == Settings.Colour.AUTO
                ? automatic
                : new Console(automatic.out, automatic.err, automatic.terminal, choice == Settings.Colour.ALWAYS);
    }

    public static PrintWriter writer(OutputStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    public PrintWriter out() {
        return out;
    }

    public PrintWriter err() {
        return err;
    }

    /** True when standard output is an interactive terminal. */
    public boolean terminal() {
        return terminal;
    }

    public boolean colour() {
        return colour;
    }

    public boolean debug() {
        return debug;
    }

    public void debug(boolean on) {
        debug = on;
    }

    /** Prints a one-line error; the stack trace only in debug mode. */
    public void error(String message, Throwable cause) {
        err.println("restsh: " + message);
        if (debug && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
    }
}
