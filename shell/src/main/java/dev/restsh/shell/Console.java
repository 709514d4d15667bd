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
    private PrintWriter out;
    private OutputStream outStream;
    private final PrintWriter err;
    private boolean terminal;
    private boolean colour;
    private boolean debug;
    private boolean raw;
    private String pager;
    private boolean processStreams;
    private long errors;
    private String lastError;

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
        Console console = new Console(writer(System.out), writer(System.err), tty, colour);
        String pager = env.get("PAGER");
        console.pager = tty ? (pager == null ? "less -R" : pager) : null;
        console.processStreams = true;
        console.outStream = System.out;
        return console;
    }

    /** True when output goes to the process's own stdout, which a child process can write to as well. */
    public boolean processStreams() {
        return processStreams;
    }

    /** The pager command for long output ($PAGER, else less -R); null when output is not a terminal. */
    public String pager() {
        return terminal ? pager : null;
    }

    /**
     * Sends standard output elsewhere (a file, a pipe: {@code > FILE}, {@code | CMD}) until the returned handle
     * is closed; output there is not a terminal, so it gets no colour and no pager.
     */
    public Redirection redirect(PrintWriter target, OutputStream targetStream) {
        Redirection previous = new Redirection(out, outStream, terminal, colour);
        out = target;
        outStream = targetStream;
        terminal = false;
        colour = false;
        return previous;
    }

    /** Restores the output that was current before {@link #redirect}. */
    public final class Redirection implements AutoCloseable {
        private final PrintWriter savedOut;
        private final OutputStream savedStream;
        private final boolean savedTerminal;
        private final boolean savedColour;

        private Redirection(PrintWriter out, OutputStream stream, boolean terminal, boolean colour) {
            this.savedOut = out;
            this.savedStream = stream;
            this.savedTerminal = terminal;
            this.savedColour = colour;
        }

        /** The output that was current before the redirection. */
        public PrintWriter previous() {
            return savedOut;
        }

        @Override
        public void close() {
            out.flush();
            out = savedOut;
            outStream = savedStream;
            terminal = savedTerminal;
            colour = savedColour;
        }
    }

    /**
     * As {@link #system(Map)}, with the user's settings: the colour choice (always, never, or auto as above) and
     * the pager (none when the settings say off).
     */
    public static Console system(Map<String, String> env, Settings settings) {
        Console console = system(env);
        if (settings.colour() != Settings.Colour.AUTO) {
            console.colour = settings.colour() == Settings.Colour.ALWAYS;
        }
        console.pager = console.terminal ? settings.pager() : null;
        console.raw = settings.raw();
        return console;
    }

    public static PrintWriter writer(OutputStream stream) {
        return new PrintWriter(new java.io.OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    public PrintWriter out() {
        return out;
    }

    /**
     * The byte stream under {@link #out()} when there is one (the process's stdout, a file, a pipe), for bodies
     * written without decoding; null when output is a character buffer. Flush {@link #out()} before using it.
     */
    public OutputStream outStream() {
        return outStream;
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

    /**
     * True when text from the network is shown with its control characters made visible: on a terminal, unless
     * the user asked for raw bytes ({@code raw = on}, {@code RESTSH_RAW=on}). Redirected output is never changed.
     */
    public boolean escapes() {
        return terminal && !raw;
    }

    /** True when the user wants the server's bytes raw even on a terminal. */
    public boolean raw() {
        return raw;
    }

    public void raw(boolean on) {
        raw = on;
    }

    public boolean debug() {
        return debug;
    }

    public void debug(boolean on) {
        debug = on;
    }

    /** How many errors were printed so far: a script compares it around a line to find that line's error. */
    public long errorCount() {
        return errors;
    }

    /** The newest error printed, without the "restsh: " prefix (null before the first). */
    public String lastError() {
        return lastError;
    }

    /** Prints a one-line warning: not an error (scripts do not count it). */
    public void warn(String message) {
        err.println("restsh: " + message);
        err.flush();
    }

    /** Prints a one-line error; the stack trace only in debug mode. */
    public void error(String message, Throwable cause) {
        errors++;
        // An error may quote the server (a reason, a header, a body): its control characters are shown, never sent.
        String shown = raw ? message : dev.restsh.shell.render.TerminalText.visible(message);
        lastError = shown;
        err.println("restsh: " + shown);
        if (debug && cause != null) {
            cause.printStackTrace(err);
        }
        err.flush();
    }
}
