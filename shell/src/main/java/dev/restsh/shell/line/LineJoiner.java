package dev.restsh.shell.line;

/**
 * Gathers the lines of a file or of stdin into commands by {@link LineContinuation}'s rule. Blank lines and
 * whole-line {@code #} comments between commands are skipped.
 */
public final class LineJoiner {
    private final StringBuilder pending = new StringBuilder();

    /** Adds the next line; returns the command it completes, or null while the command goes on (or is none). */
    public String add(String line) {
        if (pending.length() == 0 && (line.isBlank() || line.strip().startsWith("#"))) {
            return null;
        }
        pending.append(line);
        if (LineContinuation.open(pending) != null) {
            pending.append('\n');
            return null;
        }
        return rest();
    }

    /** The unfinished command as it is (null if none), and starts afresh. */
    public String rest() {
        if (!pending()) {
            return null;
        }
        String command = LineContinuation.join(pending).strip();
        pending.setLength(0);
        return command;
    }

    /** True while a command has begun and not ended. */
    public boolean pending() {
        return pending.length() > 0;
    }

    /** What the unfinished command leaves open at the end of the input ({@link LineContinuation#open}). */
    public String unclosed() {
        return LineContinuation.open(pending.substring(0, Math.max(0, pending.length() - 1)));
    }
}
