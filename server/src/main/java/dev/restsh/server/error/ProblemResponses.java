package dev.restsh.server.error;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;

/** Builds problem+json responses; the one place that knows their shape. */
public final class ProblemResponses {
    private ProblemResponses() {}

    public static Response.ResponseBuilder builder(int status, String detail, String instance) {
        Problem problem = new Problem("about:blank", title(status), status, detail, instance);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
    }

    static String title(int status) {
        if (status == 413) {
            return "Content Too Large"; // RFC 9110's name; JAX-RS still has RFC 2616's "Request Entity Too Large"
        }
        Status known = Status.fromStatusCode(status);
        if (known != null) {
            return known.getReasonPhrase();
        }
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 426 -> "Upgrade Required";
            case 428 -> "Precondition Required";
            case 431 -> "Request Header Fields Too Large";
            default -> status >= 500 ? "Server Error" : "Client Error";
        };
    }
}
