package dev.restsh.server.error;

import jakarta.ws.rs.core.Response.Status;
import java.util.Map;

/** A client-visible failure with its HTTP status and a useful detail; mapped to problem+json once. */
public final class ProblemException extends RuntimeException {
    private static final int QUOTE_LIMIT = 60;

    private final int status;
    private final Map<String, String> headers;

    public ProblemException(int status, String detail, Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public ProblemException(int status, String detail) {
        this(status, detail, Map.of());
    }

    public int status() {
        return status;
    }

    public String detail() {
        return getMessage();
    }

    /** Extra response headers, such as {@code WWW-Authenticate} on a 401. */
    public Map<String, String> headers() {
        return headers;
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Status.BAD_REQUEST.getStatusCode(), detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Status.NOT_FOUND.getStatusCode(), detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Status.CONFLICT.getStatusCode(), detail);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Status.PRECONDITION_FAILED.getStatusCode(), detail);
    }

    /** Client input quoted for a message: shortened and with control characters made visible. */
    public static String quote(String input) {
        String shown = input.length() > QUOTE_LIMIT ? input.substring(0, QUOTE_LIMIT) + "…" : input;
        StringBuilder quoted = new StringBuilder("'");
        shown.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('\'').toString();
    }
}
