package dev.restsh.server.error;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Failures that reach Vert.x instead of the REST layer (an invalid Host, say, refused before any route runs) get
 * problem+json too, in place of Quarkus's error page; and a client's mistake is not logged as a server error.
 */
@ApplicationScoped
public class RouteFailures {
    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    /** CDI injects the observer's other parameters, so the problem writer needs no field of its own. */
    void install(@Observes Router router, RouteProblems problems) {
        router.route().order(BodySizeLimit.ORDER).failureHandler(context -> answer(context, problems));
    }

    private void answer(RoutingContext context, RouteProblems problems) {
        int status = context.statusCode() >= 400 ? context.statusCode() : 500;
        String path = context.request().path();
        if (status >= 500) {
            LOG.errorf(context.failure(), "Unexpected failure serving %s", path);
        } else {
            LOG.debugf(context.failure(), "Refused %s with %d", path, status);
        }
        if (context.response().closed()) {
            return; // the client went away: no one to answer
        }
        if (context.response().headWritten()) {
            context.next();
        } else if (status >= 500) {
            problems.send(context, status, "The server failed to handle this request; see its log.", false);
        } else {
            problems.send(context, status, detail(context, status), true);
        }
    }

    private static String detail(RoutingContext context, int status) {
        HttpServerRequest request = context.request();
        if (status == 400 && request.version() != HttpVersion.HTTP_1_0 && request.authority() == null) {
            return "HTTP/1.1 needs a Host header with a valid host[:port]; this one is missing or invalid.";
        }
        if (status == 413) {
            return "The request body is larger than the server accepts.";
        }
        Throwable failure = context.failure();
        String reason = failure == null ? null : failure.getMessage();
        return reason == null || reason.isBlank()
                ? "The request was refused (" + ProblemResponses.title(status) + ")."
                : "The request was refused: " + reason;
    }
}
