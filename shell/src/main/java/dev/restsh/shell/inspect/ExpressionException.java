package dev.restsh.shell.inspect;

import dev.restsh.shell.ExitStatus;
import dev.restsh.shell.RestshException;

/** A syntax or evaluation error in an inspection expression, pointing at the offending position. */
public final class ExpressionException extends RestshException {
    private final int position;

    public ExpressionException(String message, int position) {
        super(ExitStatus.USAGE, message);
        this.position = position;
    }

    public int position() {
        return position;
    }

    /** The message followed by the expression and a caret under the position, on two more lines. */
    public String describe(String source) {
        if (position < 0 || source == null) {
            return getMessage();
        }
        int at = Math.min(position, source.length());
        return getMessage() + " (column " + (at + 1) + ")\n  " + source + "\n  " + " ".repeat(at) + "^";
    }
}
