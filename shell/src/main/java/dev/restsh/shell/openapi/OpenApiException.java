package dev.restsh.shell.openapi;

/** A document that could not be found, fetched or read as OpenAPI; the message is one line for the user. */
public final class OpenApiException extends RuntimeException {
    private final boolean unreachable;

    public OpenApiException(String message) {
        this(message, false);
    }

    /** {@code unreachable}: no request got an answer (refused, DNS, TLS, timeout), a network error for exit codes. */
    public OpenApiException(String message, boolean unreachable) {
        super(message);
        this.unreachable = unreachable;
    }

    public boolean unreachable() {
        return unreachable;
    }
}
