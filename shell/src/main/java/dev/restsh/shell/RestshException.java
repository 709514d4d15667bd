package dev.restsh.shell;

/** An error the user caused or must know about: printed as one line, mapped to an exit status. */
public class RestshException extends RuntimeException {
    private final ExitStatus status;

    public RestshException(ExitStatus status, String message) {
        super(message);
        this.status = status;
    }

    public RestshException(ExitStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public ExitStatus status() {
        return status;
    }

    public static RestshException usage(String message) {
        return new RestshException(ExitStatus.USAGE, message);
    }
}
