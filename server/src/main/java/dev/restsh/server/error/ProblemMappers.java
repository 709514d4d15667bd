package dev.restsh.server.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps every failure inside the REST layer to RFC 9457 problem+json, so no error leaves as HTML or plain text. The
 * path comes from the Vert.x request, not {@code UriInfo}: its request URI needs a Host, which HTTP/1.0 may omit.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final AllowedMethods allowedMethods;

    @Inject
    ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        Response.ResponseBuilder response = ProblemResponses.builder(e.status(), e.detail(), path(request));
        e.headers().forEach(response::header);
        return response.build();
    }

    /** Also listed by their own types: Quarkus REST maps these two itself (to an empty 400) unless told otherwise. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class, JsonParseException.class})
    public Response malformedJson(JsonProcessingException e, HttpServerRequest request) {
        String reason = e.getOriginalMessage();
        return ProblemResponses.builder(400, "The request body is not valid JSON: " + reason, path(request))
                .build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status == 404 && e instanceof NotFoundException && allowedMethods.refuses(path(request), method(request))) {
            status = 405;
        }
        Response.ResponseBuilder response = ProblemResponses.builder(status, detail(e, status, request), path(request));
        if (status == 405) {
            response.header(HttpHeaders.ALLOW, allowedMethods.forPath(path(request)));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (DatabaseUnavailable.causedBy(e)) {
            // One line per request, not a stack trace each: during an outage every request fails the same way.
            LOG.warnf("Database unavailable while serving %s: %s", path(request), e);
            return ProblemResponses.builder(
                            503, "The database is unavailable right now; try again shortly.", path(request))
                    .header(HttpHeaders.RETRY_AFTER, "5")
                    .build();
        }
        LOG.errorf(e, "Unexpected failure serving %s", path(request));
        return ProblemResponses.builder(500, "The server failed to handle this request; see its log.", path(request))
                .build();
    }

    private static String detail(WebApplicationException e, int status, HttpServerRequest request) {
        return switch (status) {
            case 404 -> "Nothing here: " + path(request) + " is not a route of this server. See /q/openapi.";
            case 405 ->
                "This method is not allowed on " + path(request) + "; the Allow header lists the methods that are.";
            case 406 -> "This resource cannot produce any media type the Accept header allows; try application/json.";
            case 413 -> "The request body is larger than the server accepts.";
            case 415 -> "Unsupported Content-Type: send the body as application/json.";
            case 400 ->
                e.getCause() instanceof JsonProcessingException json
                        ? "The request body is not valid JSON: " + json.getOriginalMessage()
                        : "Bad request: " + e.getMessage();
            default -> e.getMessage() == null ? ProblemResponses.title(status) : e.getMessage();
        };
    }

    private static String method(HttpServerRequest request) {
        return request == null ? "" : request.method().name();
    }

    private static String path(HttpServerRequest request) {
        return request == null ? null : request.path();
    }
}
