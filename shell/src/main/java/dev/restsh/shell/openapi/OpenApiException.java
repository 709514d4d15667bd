package dev.restsh.shell.openapi;

/** A document that could not be found, fetched or read as OpenAPI; the message is one line for the user. */
public final class OpenApiException extends RuntimeException {
    public OpenApiException(String message) {
        super(message);
    }
}
