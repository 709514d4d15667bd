package dev.restsh.shell;

/**
 * Reports a command that ran out of heap as one line. Whatever failed to fit is garbage once the command has
 * unwound, so the REPL and scripts go on with the session they had.
 */
public final class OutOfMemory {
    private OutOfMemory() {}

    public static int report(Console console, OutOfMemoryError error) {
        console.error(
                "out of memory (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap): the data is too large"
                        + " to hold; save the body to a file, stream it with --jq, or give restsh more memory with"
                        + " RESTSH_JAVA_OPTS=-Xmx2g",
                error);
        return ExitStatus.ERROR.code();
    }
}
