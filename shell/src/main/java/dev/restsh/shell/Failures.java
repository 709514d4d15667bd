package dev.restsh.shell;

/**
 * The one place a failure becomes words and an exit status: a {@link RestshException} in its own words with its
 * status, running out of heap as one line (whatever failed to fit is garbage once the command has unwound, so the
 * REPL and scripts go on), anything else as "unexpected error" with status 1. One line each, through {@link
 * Console#error}, so scripts count it and their reports carry it; the stack trace only with {@code --debug}.
 */
public final class Failures {
    private Failures() {}

    /** Prints the failure as one line and returns its exit status. */
    public static int report(Console console, Throwable failure) {
        if (failure instanceof RestshException known) {
            console.error(known.getMessage(), known);
            return known.status().code();
        }
        if (failure instanceof OutOfMemoryError) {
            console.error(
                    "out of memory (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB heap): the data is too large"
                            + " to hold; save the body to a file, stream it with --jq, or give restsh more memory with"
                            + " RESTSH_JAVA_OPTS=-Xmx2g",
                    failure);
            return ExitStatus.ERROR.code();
        }
        console.error("unexpected error: " + failure + " (run with --debug for details)", failure);
        return ExitStatus.ERROR.code();
    }
}
